import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";
import { instrumentAdapter } from "./instrumented-adapter";

/** How long a query waits for a writer (the seed, a migration) before it fails. */
export const BUSY_TIMEOUT_MS = 5_000;

/** A Prisma client on `DATABASE_URL`; the server's is instrumented, the scripts' is not. */
export function createPrismaClient({ instrumented }: { instrumented: boolean }): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl(), timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter: instrumented ? instrumentAdapter(adapter) : adapter });
}
