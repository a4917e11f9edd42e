import "server-only";
import type { PrismaClient as PostgresClient } from "../generated/postgres/client";
import type { PrismaClient } from "../generated/prisma/client";
import { databaseProvider } from "./provider";
import { createPrismaClient } from "./prisma-client";

const slot = globalThis as unknown as { fastblogDb?: PrismaClient };

/** The one Prisma client of the server, with every query recorded against its request. */
export const db: PrismaClient = (slot.fastblogDb ??= createPrismaClient({ instrumented: true }));

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
