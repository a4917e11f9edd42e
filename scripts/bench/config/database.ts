import type { DatabaseOptions } from "../types/settings";

/**
 * How the benchmark names the database a server ran on, in its log and its reports: "SQLite",
 * "PostgreSQL", "PostgreSQL + 1 ms" (with --db-latency), "PostgreSQL at db.example:5432" (with
 * --database-url; never its password).
 */
export function databaseName(database: DatabaseOptions): string {
  if (database.kind === "sqlite") return "SQLite";
  const at = database.url ? ` at ${new URL(database.url).host || "its socket"}` : "";
  return `PostgreSQL${at}${database.latencyMs > 0 ? ` + ${database.latencyMs} ms` : ""}`;
}
