/**
 * The debug endpoint's JSON, as the server writes it and the debug panel, the tests, `npm run
 * queries` and the benchmark read it: one recent request's queries with their lines, what they
 * did wrong, and a query's plan. Types only; lib/debug/ fills them.
 */

/** A line of the project's own source, innermost first: `lib/data/articles.ts:25`. */
export type CallStack = string[];

/** A set of queries that share their SQL text (and, for exact duplicates, their parameters). */
export type QueryGroup = {
  sql: string;
  /** The parameters of the group's first query. */
  params: string;
  count: number;
  durationMs: number;
};

/** What the debug panel and Server-Timing say about one request's queries. */
export type QueryReport = {
  count: number;
  durationMs: number;
  /** Queries that repeat an earlier one exactly: same SQL, same parameters. */
  duplicateCount: number;
  /** Round trips to the database server: one a query on PostgreSQL, none on SQLite. */
  roundTrips: number;
  /** Groups of queries with the same SQL, run more than once (with any parameters). */
  similar: QueryGroup[];
  /** Groups of exact repeats, run more than once. */
  duplicates: QueryGroup[];
};

/** What a finding is about (lib/debug/findings.ts says when each is found). */
export type FindingKind = "n-plus-one" | "duplicate" | "counter-cache" | "unbounded" | "repeated-first" | "unused-eager-load";

export type Finding = {
  kind: FindingKind;
  /** Statements it covers. */
  count: number;
  /** Their database time together, in milliseconds. */
  durationMs: number;
  /** `lib/techniques/eager-loading.ts:47`: the innermost line of the project's own source that made them; null when none was found. */
  callSite: string | null;
  /** The statement's shape: its SQL, with the lists Prisma writes for `IN (…)` cut to one placeholder. */
  sql: string;
  /** The technique whose optimized variant fixes it, and where that variant is (`lib/techniques/eager-loading.ts:98`). */
  technique: { name: string; fix: string | null };
  /** What to change, in Prisma's terms. */
  suggestion: string;
};

/** One query as the debug panel lists it: what it ran and where from, not the parameters kept for EXPLAIN. */
export type ListedQuery = {
  sql: string;
  params: string;
  durationMs: number;
  /** The line of the project's own code that made it (`lib/data/articles.ts:25`); null when none was found. */
  callSite: string | null;
  /** The project frames it came through, innermost first, at most 8. */
  stack: CallStack;
};

/** What the debug panel fetches when it is opened: one recent request's queries. */
export type RequestDetail = {
  mode: string;
  totalMs: number;
  report: QueryReport;
  /** What the queries did wrong, with where and how to fix it (lib/debug/findings.ts). */
  findings: Finding[];
  /** The latency the server added to each round trip to the database (DB_LATENCY_MS), 0 for none. */
  roundTripLatencyMs: number;
  queries: ListedQuery[];
};

/** What the debug panel shows for one query: the database's plan and the growing tables it reads whole. */
export type Explanation = {
  sql: string;
  plan: string[];
  fullScans: string[];
  /** Why there is no plan, when the query is one the server does not explain. */
  cannotExplain?: string;
};
