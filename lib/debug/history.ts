import { databaseEndpoint } from "../db/endpoint";
import type { RequestContext } from "../request/context";
import type { Analysis } from "./analysis";
import type { CallStack } from "./call-sites";
import type { Finding, QueryReport, RequestDetail } from "../contract/debug-detail";
import type { QueryRecord } from "./query-record";
import { summarizeQueries } from "./report";

/** A query as the history keeps it: its Prisma call let go, its call site kept as text. */
type StoredQuery = Omit<QueryRecord, "call"> & { callSite: string | null; stack: CallStack };

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
 * Entries by id, each of one client, at most `limit` of them. When it is full, the client that
 * holds the most gives up its oldest: a client flooding the server pushes out its own pages, never
 * the last few of another (max-min fairness). With one client it is first in, first out.
 */
class FairShelf<T> {
  readonly #byId = new Map<string, { client: string; value: T }>();
  /** Each client's ids, oldest first. */
  readonly #byClient = new Map<string, string[]>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): T | undefined {
    return this.#byId.get(id)?.value;
  }

  set(id: string, client: string, value: T): void {
    this.#byId.set(id, { client, value });
    const ids = this.#byClient.get(client) ?? [];
    ids.push(id);
    this.#byClient.set(client, ids);
    if (this.#byId.size > this.limit) this.#evict();
  }

  #evict(): void {
    let heaviest: [string, string[]] | undefined;
    for (const entry of this.#byClient) if (!heaviest || entry[1].length > heaviest[1].length) heaviest = entry;
    const [client, ids] = heaviest!;
    this.#byId.delete(ids.shift()!);
    if (ids.length === 0) this.#byClient.delete(client);
  }
}

/**
 * The last few hundred page requests, in memory only, like the debug toolbar's history. A
 * thousand cheap misses (unknown paths, not-found pages) fill only their own short list, and one
 * client's flood of pages pushes out its own, not another client's last ones.
 */
export class DebugHistory {
  readonly #pages = new FairShelf<Entry>(LIMIT);
  readonly #misses = new FairShelf<Entry>(MISS_LIMIT);

  add(context: RequestContext, totalMs: number, status: number, { findings, sites }: Analysis): void {
    const entries = status >= 400 ? this.#misses : this.#pages;
    entries.set(context.id, context.client, {
      mode: context.modeLabel,
      totalMs,
      report: summarizeQueries(context.queries),
      findings,
      roundTripLatencyMs: databaseEndpoint().latencyMs,
      queries: context.queries.map(({ call: _call, ...query }, i) => ({ ...query, ...sites[i]! })),
    });
  }

  has(id: string): boolean {
    return this.#entry(id) !== undefined;
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
