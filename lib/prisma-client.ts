import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient } from "./generated/prisma/client";
import { databaseProvider } from "./database-url";
import { databaseUrl } from "./settings";
import { instrumentAdapter } from "./instrumented-adapter";

/** How long a query waits for a writer (the seed, a migration) before it fails. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * A Prisma client on `DATABASE_URL`: SQLite through better-sqlite3, or PostgreSQL through pg.
 * The two generated clients have the same models, so the rest of the code sees one type.
 * The server's client is instrumented, the scripts' is not.
 */
export function createPrismaClient({ instrumented }: { instrumented: boolean }): PrismaClient {
  const url = databaseUrl();
  const wrap = <T extends Parameters<typeof instrumentAdapter>[0]>(adapter: T) => (instrumented ? instrumentAdapter(adapter) : adapter);
  if (databaseProvider(url) === "postgresql") {
    return new PostgresClient({ adapter: wrap(new PrismaPg({ connectionString: url, max: 10 })) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: wrap(new PrismaBetterSQLite3({ url, timeout: BUSY_TIMEOUT_MS })) });
}
