import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolConfig } from "pg";
import { PrismaClient as PostgresClient } from "../generated/postgres/client";
import { PrismaClient } from "../generated/prisma/client";
import { databaseProvider } from "./provider";
import { databaseEndpoint } from "./endpoint";
import { databasePool, databaseUrl } from "../settings";
import { instrumentAdapter } from "../debug/tracking";

/** How long a query waits for a writer (the seed, a migration) before it fails. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * How long an idle connection stays open. pg's default, 10 s, would make a reader who pauses
 * pay for new connections on the next page: a TCP handshake and a login, more round trips.
 */
const IDLE_CONNECTION_MS = 300_000;

/**
 * The pool of PostgreSQL connections, sized by DB_POOL_SIZE (docs/postgresql.md says why 10). A query
 * that finds every connection busy waits in line, at most DB_POOL_TIMEOUT_MS (which also bounds
 * opening a new connection); then pg fails it with "timeout exceeded when trying to connect",
 * which lib/debug/tracking.ts records as the database being unavailable: the page is
 * answered 503 with Retry-After instead of hanging. Connections that break (PostgreSQL restarted)
 * leave the pool, and the next query opens a new one, so the server recovers by itself.
 */
function postgresPool(url: string): PoolConfig {
  const { size, timeoutMs } = databasePool();
  return { connectionString: url, max: size, connectionTimeoutMillis: timeoutMs, idleTimeoutMillis: IDLE_CONNECTION_MS };
}

/**
 * A Prisma client on `DATABASE_URL`: SQLite through better-sqlite3, or PostgreSQL through pg,
 * through the latency proxy when DB_LATENCY_MS is set (lib/db/endpoint.ts). The two
 * generated clients have the same models, so the rest of the code sees one type. The server's
 * client is instrumented, the scripts' is not.
 */
export function createPrismaClient({ instrumented }: { instrumented: boolean }): PrismaClient {
  const url = databaseUrl();
  const wrap = <T extends Parameters<typeof instrumentAdapter>[0]>(adapter: T) => (instrumented ? instrumentAdapter(adapter) : adapter);
  if (databaseProvider(url) === "postgresql") {
    return new PostgresClient({ adapter: wrap(new PrismaPg(postgresPool(databaseEndpoint().url))) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: wrap(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS })) });
}
