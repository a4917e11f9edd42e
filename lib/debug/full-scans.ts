import type { Provider } from "../db/provider";

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
export type SqliteExplainRow = { id: number | bigint; parent: number | bigint; detail: string };

/** SQLite's plan rows as lines, each step indented under its parent, as the sqlite3 shell draws them. */
export function sqliteExplainLines(rows: SqliteExplainRow[]): string[] {
  const depth = new Map<number, number>([[0, -1]]);
  return rows.map((row) => {
    const level = (depth.get(Number(row.parent)) ?? -1) + 1;
    depth.set(Number(row.id), level);
    return `${"  ".repeat(level)}${row.detail}`;
  });
}

/** PostgreSQL's EXPLAIN answers one text line per row, in a column named "QUERY PLAN". */
export function postgresExplainLines(rows: Record<string, unknown>[]): string[] {
  return rows.map((row) => String(row["QUERY PLAN"] ?? ""));
}

/**
 * The growing tables the plan reads whole: a scan (along an index or not) that nothing bounds.
 * A scan is bounded only when it is the plan's outer loop, the statement has a LIMIT, nothing
 * has to see every row first (a sort, a GROUP BY, a hash), and the page starts where the scan
 * does: then the database stops after a page of rows. An OFFSET, or a range (`<`, `>=`, …) the
 * plan filters with instead of seeking to it, makes the scan walk every row before the page
 * first: O(depth), which grows with the table. A scan inside a materialized subquery, a
 * correlated subquery or the inner side of a join runs to its end, so it is flagged even along
 * an index: reading a whole index is still O(table). PostgreSQL's index scans with an
 * `Index Cond` read a range, not the table. SQLite names an aliased table by its alias, which
 * the SQL resolves.
 * One walk past the rows before the page is not a whole-table read: an index-only scan
 * (PostgreSQL's `Index Only Scan`, SQLite's `USING COVERING INDEX`) as the outer loop under a
 * real LIMIT, as an id lookup past an OFFSET is. It walks O(offset) index entries and reads no
 * table row; PostgreSQL plans it only when the visibility map says the table's pages are all
 * visible, which VACUUM maintains.
 */
export function findFullScans(provider: Provider, sql: string, plan: string[], args: unknown[] = []): string[] {
  const aliases = tableAliases(sql);
  const limit = hasLimit(sql, args);
  const bound: Bound = { limit, fromThePage: limit && startsAtThePage(sql, args) };
  const scans = provider === "postgresql" ? postgresScans(plan, bound) : sqliteScans(plan, bound);
  const found = new Set<string>();
  for (const name of scans) {
    const table = aliases.get(name) ?? name;
    if (GROWING_TABLES.includes(table)) found.add(table);
  }
  return [...found];
}

/**
 * Whether the statement's trailing LIMIT bounds it. Prisma writes `LIMIT ? OFFSET ?` on SQLite
 * even for a query without `take`, with a limit of -1 (none), so the bound parameter decides.
 */
export function hasLimit(sql: string, args: unknown[]): boolean {
  const statement = sql.trim();
  const match = /\bLIMIT\s+(\?|\$(\d+)|(\d+))(?:\s+OFFSET\s+(?:\?|\$\d+|\d+))?\s*$/i.exec(statement);
  if (!match) return false;
  const value = operandValue(statement, match, args);
  return Number.isFinite(value) && value >= 0;
}

/** An operand the statement binds: SQLite's `?`, PostgreSQL's `$n`. */
const BOUND = String.raw`(?:\?|\$\d+)`;
/** A range comparison with a bound value: `< ?`, `>= $2`, but not `<> ?`. */
const RANGE = new RegExp(String.raw`(?<![<>!])(?:<=|>=|<(?![>=])|>(?!=))\s*${BOUND}`);

/**
 * Whether a scan that a LIMIT stops reads only the page: no OFFSET to walk past first, and no
 * range condition, which a scan (not a seek) checks row by row from the start of its order.
 */
export function startsAtThePage(sql: string, args: unknown[]): boolean {
  if (RANGE.test(sql)) return false;
  const statement = sql.trim();
  const match = /\bOFFSET\s+(\?|\$(\d+)|(\d+))\s*$/i.exec(statement);
  return !match || !(operandValue(statement, match, args) > 0);
}

/** A trailing LIMIT's or OFFSET's value: its literal (group 3), or the argument its `$n` (group 2) or `?` binds. */
function operandValue(statement: string, match: RegExpExecArray, args: unknown[]): number {
  if (match[3] !== undefined) return Number(match[3]);
  const index = match[2] !== undefined ? Number(match[2]) - 1 : (statement.slice(0, match.index).match(/\?/g) ?? []).length;
  return Number(args[index]);
}

const indent = (line: string) => line.length - line.trimStart().length;

/**
 * What stops the statement's outer loop: a real LIMIT, and whether the page also starts where
 * the scan does (no OFFSET, no range it filters with).
 */
type Bound = { limit: boolean; fromThePage: boolean };

/** Whether the outer loop stops after a page, or walks index entries only (never table rows) before its page. */
const stopsAtThePage = ({ limit, fromThePage }: Bound, indexOnly: boolean) => fromThePage || (limit && indexOnly);

/** SQLite: `SCAN <table>` lines that are not the LIMIT-bounded outer loop. */
function sqliteScans(plan: string[], bound: Bound): string[] {
  const sortsAll = plan.some((line) => indent(line) === 0 && /^USE TEMP B-TREE FOR (ORDER|GROUP|DISTINCT)/.test(line));
  const outer = plan.find((line) => indent(line) === 0 && /^(SCAN|SEARCH) /.test(line));
  const scanned: string[] = [];
  for (const line of plan) {
    const scan = /^\s*SCAN (?:TABLE )?([\w.]+)/.exec(line);
    if (!scan) continue;
    if (line === outer && !sortsAll && stopsAtThePage(bound, / USING COVERING INDEX /.test(line))) continue;
    scanned.push(unqualified(scan[1]!));
  }
  return scanned;
}

const PG_SCAN =
  /(Seq Scan|Index Scan(?: Backward)?|Index Only Scan(?: Backward)?|Bitmap Heap Scan) (?:using \S+ )?on ("(?:[^"]|"")+"|[\w.]+)/;

/** Where a PostgreSQL plan line's node starts: its "->", or the text of the root node. */
const nodeColumn = (line: string) => (line.includes("->") ? line.indexOf("->") : indent(line));
const isNode = (line: string, i: number) => i === 0 || line.trimStart().startsWith("->");

/** The nodes a plan line sits under, from its parent up to the root. */
function ancestors(plan: string[], at: number): string[] {
  const found: string[] = [];
  let column = nodeColumn(plan[at]!);
  for (let i = at - 1; i >= 0; i -= 1) {
    if (!isNode(plan[i]!, i) || nodeColumn(plan[i]!) >= column) continue;
    found.push(plan[i]!);
    column = nodeColumn(plan[i]!);
  }
  return found;
}

/** Nodes that must read every row beneath them before they give one up. */
const BLOCKING = /^\s*(->\s+)?(Sort|Hash|HashAggregate|GroupAggregate|Aggregate|Materialize|Gather Merge|Unique|WindowAgg)\b/;

/**
 * PostgreSQL: scan nodes without an index condition, unless the scan is the outer loop of a
 * statement with a real LIMIT and every node above it passes rows on as they come (a Limit, a
 * nested loop): then it stops after a page. Subplans beside it (a lateral aggregate of one
 * article's categories) do not make it read more.
 */
function postgresScans(plan: string[], bound: Bound): string[] {
  const nodes = plan.map((line, i) => ({ line, i, scan: isNode(line, i) ? PG_SCAN.exec(line) : null })).filter((n) => n.scan);
  const scanned: string[] = [];
  nodes.forEach(({ line, i, scan }, order) => {
    const details = [];
    for (let j = i + 1; j < plan.length && !isNode(plan[j]!, j) && indent(plan[j]!) > indent(line); j += 1) details.push(plan[j]!);
    if (details.some((d) => /\b(Index Cond|Recheck Cond):/.test(d))) return;
    const above = ancestors(plan, i);
    const outerLoop = order === 0 && /^\s*Limit\b/.test(plan[0] ?? "") && !above.some((node) => BLOCKING.test(node));
    if (outerLoop && stopsAtThePage(bound, scan![1]!.startsWith("Index Only Scan"))) return;
    scanned.push(unqualified(scan![2]!));
  });
  return scanned;
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
