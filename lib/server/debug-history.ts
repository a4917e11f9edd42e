import { databaseRoute } from "../database-route";
import { summarizeQueries, type QueryReport } from "../query-report";
import type { QueryRecord, RequestContext } from "../request-context";

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

/** The last few hundred page requests, in memory only, like the debug toolbar's history. */
export class DebugHistory {
  readonly #entries = new Map<string, Entry>();

  add(context: RequestContext, totalMs: number): void {
    this.#entries.set(context.id, {
      mode: context.modeLabel,
      totalMs,
      report: summarizeQueries(context.queries),
      roundTripLatencyMs: databaseRoute().latencyMs,
      queries: context.queries,
    });
    if (this.#entries.size > LIMIT) this.#entries.delete(this.#entries.keys().next().value!);
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  get(id: string): RequestDetail | undefined {
    const entry = this.#entries.get(id);
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
    return this.#entries.get(id)?.queries[index];
  }
}
