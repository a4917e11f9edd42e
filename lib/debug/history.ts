import { databaseEndpoint } from "../db/endpoint";
import { summarizeQueries, type QueryReport } from "./report";
import type { RequestContext } from "../request/context";
import type { QueryRecord } from "./query-record";

/** One query as the debug panel lists it: what it ran, not the parameters kept for EXPLAIN. */
export type ListedQuery = {
  sql: string;
  params: string;
  durationMs: number;
};

/** What the debug panel fetches when it is opened: one recent request's queries. */
export type RequestDetail = {
  mode: string;
  totalMs: number;
  report: QueryReport;
  /** The latency the server added to each round trip to the database (DB_LATENCY_MS), 0 for none. */
  roundTripLatencyMs: number;
  queries: ListedQuery[];
};

type Entry = { mode: string; totalMs: number; report: QueryReport; roundTripLatencyMs: number; queries: QueryRecord[] };

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

  add(context: RequestContext, totalMs: number, status: number): void {
    const [entries, limit] = status >= 400 ? [this.#misses, MISS_LIMIT] : [this.#pages, LIMIT];
    entries.set(context.id, {
      mode: context.modeLabel,
      totalMs,
      report: summarizeQueries(context.queries),
      roundTripLatencyMs: databaseEndpoint().latencyMs,
      queries: context.queries,
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
    const { mode, totalMs, report, roundTripLatencyMs, queries } = entry;
    return {
      mode,
      totalMs,
      report,
      roundTripLatencyMs,
      queries: queries.map(({ sql, params, durationMs }) => ({ sql, params, durationMs })),
    };
  }

  /** The `index`th query (from 0) of a recent request, as it was recorded, parameters and all. */
  query(id: string, index: number): QueryRecord | undefined {
    return this.#entry(id)?.queries[index];
  }
}
