import { databaseProvider } from "../db/provider";
import type { PrismaClient } from "../generated/prisma/client";
import { createPrismaClient } from "../db/prisma-client";
import type { QueryRecord } from "./query-record";
import { explainStatement, findFullScans, isRead, postgresExplainLines, sqliteExplainLines, type SqliteExplainRow } from "./full-scans";
import type { Explanation } from "../contract/debug-detail";

let client: PrismaClient | undefined;

/**
 * The same Prisma client and driver as the pages', but not instrumented: an EXPLAIN is not one of
 * a page's queries. Created on the first EXPLAIN, so that a server nobody debugs opens no more
 * connections.
 */
function explainClient(): PrismaClient {
  return (client ??= createPrismaClient({ instrumented: false }));
}

/**
 * The plan of a query the server ran and recorded itself, with the parameters it ran with. Only
 * recorded statements are explained, never SQL or parameters from a request, and only reads.
 */
export async function explainQuery(query: QueryRecord): Promise<Explanation> {
  if (!isRead(query.sql)) return { sql: query.sql, plan: [], fullScans: [], cannotExplain: "only reads (SELECT, WITH) are explained." };
  if (!query.args) return { sql: query.sql, plan: [], fullScans: [], cannotExplain: "its parameters were too long to keep." };
  const provider = databaseProvider();
  const rows = await explainClient().$queryRawUnsafe<unknown[]>(explainStatement(provider, query.sql), ...query.args);
  const plan =
    provider === "sqlite" ? sqliteExplainLines(rows as SqliteExplainRow[]) : postgresExplainLines(rows as Record<string, unknown>[]);
  return { sql: query.sql, plan, fullScans: findFullScans(provider, query.sql, plan, query.args) };
}
