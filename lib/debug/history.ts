import { databaseEndpoint } from "../db/endpoint";
import type { RequestContext } from "../request/context";
import type { Analysis } from "./analysis";
import type { CallStack } from "./call-sites";
import type { Finding } from "./findings";
import type { QueryRecord } from "./query-record";
import { summarizeQueries, type QueryReport } from "./report";

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

/** A query as the history keeps it: its Prisma call let go, its call site kept as text. */
type StoredQuery = Omit<QueryRecord, "call"> & { callSite: string | null; stack: CallStack };

/** What the debug panel fetches when it is opened: one recent request's queries. */
export type RequestDetail = {
  mode: string;
  totalMs: number;
  report: QueryReport;
  /** What the queries did wrong, with where and how to fix it (./findings.ts). */
  findings: Finding[];
  /** The latency the server added to each round trip to the database (DB_LATENCY_MS), 0 for none. */
  roundTripLatencyMs: number;
  queries: ListedQuery[];
};

type Entry = {
  mode: string;
  totalMs: number;
  report: QueryReport;
  findings: Finding[];
  roundTripLatencyMs: number;
  queries: StoredQuery[];
};

const LIMIT = 200;
/** Pages that answered 400 or more are kept apart, fewer of them, so that misses never push real pages out. */
const MISS_LIMIT = 20;

/**
 * The last few hundred page requests, in memory only, like the debug toolbar's history. A
 * thousand cheap misses (unknown paths, not-found pages) fill only their own short list.
 */
export class DebugHistory {
  readonly #pages = new Map<string, Entry>();
  readonly #misses = new Map<string, Entry>();

  add(context: RequestContext, totalMs: number, status: number, { findings, sites }: Analysis): void {
    const [entries, limit] = status >= 400 ? [this.#misses, MISS_LIMIT] : [this.#pages, LIMIT];
    entries.set(context.id, {
      mode: context.modeLabel,
      totalMs,
      report: summarizeQueries(context.queries),
      findings,
      roundTripLatencyMs: databaseEndpoint().latencyMs,
      queries: context.queries.map(({ call: _call, ...query }, i) => ({ ...query, ...sites[i]! })),
    });
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
  }

  has(id: string): boolean {
    return this.#pages.has(id) || this.#misses.has(id);
  }

  #entry(id: string): Entry | undefined {
    return this.#pages.get(id) ?? this.#misses.get(id);
  }

  get(id: string): RequestDetail | undefined {
    const entry = this.#entry(id);
    if (!entry) return undefined;
    const { mode, totalMs, report, findings, roundTripLatencyMs, queries } = entry;
    return {
      mode,
      totalMs,
      report,
      findings,
      roundTripLatencyMs,
      queries: queries.map(({ sql, params, durationMs, callSite, stack }) => ({ sql, params, durationMs, callSite, stack })),
    };
  }

  /** The `index`th query (from 0) of a recent request, as it was recorded, parameters and all. */
  query(id: string, index: number): StoredQuery | undefined {
    return this.#entry(id)?.queries[index];
  }
}
