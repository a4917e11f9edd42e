import { summarizeQueries, type QueryReport } from "../query-report";
import type { QueryRecord, RequestContext } from "../request-context";

/** What the debug panel fetches when it is opened: one recent request's queries. */
export type RequestDetail = {
  mode: string;
  totalMs: number;
  report: QueryReport;
  queries: QueryRecord[];
};

const LIMIT = 200;

/** The last few hundred page requests, in memory only, like the debug toolbar's history. */
export class DebugHistory {
  readonly #entries = new Map<string, RequestDetail>();

  add(context: RequestContext, totalMs: number): void {
    this.#entries.set(context.id, { mode: context.modeLabel, totalMs, report: summarizeQueries(context.queries), queries: context.queries });
    if (this.#entries.size > LIMIT) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get(id: string): RequestDetail | undefined {
    return this.#entries.get(id);
  }
}
