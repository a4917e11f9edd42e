import type { Provider } from "../database-url";

/**
 * The tables that grow with the blog's content: every article adds a row to Article, a few to
 * _ArticleToCategory and a dozen or more to Comment, so a plan that reads all of one of them gets
 * slower as the blog grows. Author and Category hold a dozen rows each and grow little, and
 * SeedMark one row, so reading them whole is not flagged.
 */
export const GROWING_TABLES: readonly string[] = ["Article", "Comment", "_ArticleToCategory"];

/** Only reads are explained: a statement that starts with SELECT or WITH, and only one statement. */
export function isRead(sql: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(sql) && !sql.includes(";");
}

/**
 * The statement that asks for the plan. Neither form runs the statement: SQLite's EXPLAIN QUERY
 * PLAN only compiles it, and PostgreSQL's plain EXPLAIN (never EXPLAIN ANALYZE) only plans it.
 */
export function explainStatement(provider: Provider, sql: string): string {
  return `${provider === "sqlite" ? "EXPLAIN QUERY PLAN" : "EXPLAIN"} ${sql}`;
}

/** A row of SQLite's EXPLAIN QUERY PLAN: a step of the plan under its parent step (0 for the top). */
export type SqlitePlanRow = { id: number | bigint; parent: number | bigint; detail: string };

/** SQLite's plan rows as lines, each step indented under its parent, as the sqlite3 shell draws them. */
export function sqlitePlanLines(rows: SqlitePlanRow[]): string[] {
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((row) => {
    const level = (depth.get(Number(row.parent)) ?? -1) + 1;
    depth.set(Number(row.id), level);
    return `${"  ".repeat(level)}${row.detail}`;
  });
}

/** PostgreSQL's EXPLAIN answers one text line per row, in a column named "QUERY PLAN". */
export function postgresPlanLines(rows: Record<string, unknown>[]): string[] {
  return rows.map((row) => String(row["QUERY PLAN"] ?? ""));
}

/**
 * The growing tables the plan reads row by row from start to end: SQLite's `SCAN <table>` without
 * an index (SQLite names an aliased table by its alias, which the SQL resolves), PostgreSQL's
 * `Seq Scan on <table>`. A scan along an index (`SCAN … USING INDEX`, `Index Scan`) is not
 * flagged: it stops at the LIMIT or reads only the index.
 */
export function findFullScans(sql: string, plan: string[]): string[] {
  const aliases = tableAliases(sql);
  const scanned = new Set<string>();
  for (const line of plan) {
    const sqlite = /^\s*SCAN (?:TABLE )?([\w.]+)(.*)$/.exec(line);
    const postgres = /Seq Scan on ("(?:[^"]|"")+"|[\w.]+)/.exec(line);
    let name: string | undefined;
    if (sqlite && !/\bUSING (?:COVERING )?INDEX\b/.test(sqlite[2]!)) name = unqualified(sqlite[1]!);
    else if (postgres) name = unqualified(postgres[1]!);
    if (name === undefined) continue;
    const table = aliases.get(name) ?? name;
    if (GROWING_TABLES.includes(table)) scanned.add(table);
  }
  return [...scanned];
}

/** `FROM main.Comment AS t0` and `JOIN "public"."Article" AS "j1"`: alias → table. */
function tableAliases(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const name = String.raw`[\x60"]?(\w+)[\x60"]?`;
  const pattern = new RegExp(String.raw`\b(?:FROM|JOIN)\s+(?:${name}\.)?${name}\s+AS\s+${name}`, "gi");
  for (const match of sql.matchAll(pattern)) aliases.set(match[3]!, match[2]!);
  return aliases;
}

/** `main.Article` → `Article`, `"_ArticleToCategory"` → `_ArticleToCategory`. */
function unqualified(name: string): string {
  const last = name.startsWith('"') ? name : name.slice(name.lastIndexOf(".") + 1);
  return last.replace(/^"|"$/g, "").replaceAll('""', '"');
}
