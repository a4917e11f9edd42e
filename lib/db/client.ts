import "server-only";
import type { PrismaClient as PostgresClient } from "../generated/postgres/client";
import type { PrismaClient } from "../generated/prisma/client";
import { dataModelOf } from "../debug/data-model";
import { trackPrismaCalls } from "../debug/prisma-calls";
import { debugPanelEnabled } from "../settings";
import { databaseProvider } from "./provider";
import { createPrismaClient } from "./prisma-client";

const slot = globalThis as unknown as { fastblogDb?: PrismaClient };

/**
 * The server's client: every statement is recorded against its request, and, with the debug
 * panel, every Prisma call knows the line that made it and what was read of its result
 * (lib/debug/prisma-calls.ts). DEBUG_PANEL=0 turns the second off with the panel.
 */
function serverClient(): PrismaClient {
  const client = createPrismaClient({ instrumented: true });
  return debugPanelEnabled() ? trackPrismaCalls(client, dataModelOf(client)) : client;
}

/** The one Prisma client of the server. */
export const db: PrismaClient = (slot.fastblogDb ??= serverClient());

/**
 * Relation joins: on PostgreSQL, Prisma can load relations in the same query with LATERAL
 * joins and JSON aggregation (`relationLoadStrategy: "join"`); SQLite has no such strategy.
 */
export const relationJoins = databaseProvider() === "postgresql";

/** The same client, typed as the PostgreSQL one, for the queries only PostgreSQL can run. */
export function postgresDb(): PostgresClient {
  if (!relationJoins) throw new Error("postgresDb() is only for a PostgreSQL DATABASE_URL.");
  return db as unknown as PostgresClient;
}
