import { AsyncLocalStorage } from "node:async_hooks";
import type { QueryRecord } from "../debug/query-record";
import type { DataCacheLookup } from "../data-cache/store";
import type { PageQuery } from "../contract/urls/blog";
import type { Plan } from "../model/plan";

/**
 * What one HTTP request is and did on the server. The front fills in the first part once
 * (lib/server/front.ts); pages read it through lib/request/page-request.ts; the driver records queries.
 */
export type RequestContext = {
  id: string;
  startedAt: number;
  /** The request's plan, resolved once from `?mode=`, `?techniques=`, the cookie or BLOG_MODE. */
  plan: Plan;
  /** The mode's canonical text: naive, optimized, or a technique list. */
  modeLabel: string;
  /** The path and query, as received. */
  path: string;
  /** `?page=` of a listing and the cursor of its link, checked by the front; page 1 when absent. */
  page: PageQuery;
  queries: QueryRecord[];
  /** What the data cache did for this page, one entry a data function (cached mode, lib/techniques/data-cache.ts). */
  dataCache?: DataCacheLookup[];
  /**
   * Whether this request's client may see the debug panel (DEBUG_PANEL, DEBUG_PANEL_ALLOW): only
   * then are its Prisma calls traced to their lines, its queries kept, and its id given out.
   */
  debug: boolean;
  /** Who sent it (lib/server/client.ts). */
  client: string;
  /** Set when a query failed because the database could not be reached or was locked. */
  databaseUnavailable?: string;
  /** The status a page asked for when it rendered a complete answer other than 200 (see app/_components/not-found-notice.tsx). */
  status?: number;
  /**
   * Aborted when the client has gone, or a page's deadline has passed (lib/server/steps/page-deadline.ts):
   * the request's remaining queries are not run (lib/request/client-presence.ts).
   */
  signal?: AbortSignal;
};

// The custom server (scripts/serve.ts) and the Next.js bundle load this module
// separately, so the store lives on globalThis to be one and the same.
const key = Symbol.for("fastblog.request-context");
const slot = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>;
const storage = (slot[key] ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The current request's context; undefined outside a request (a script, a test). */
export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Note that the database could not serve this request, so that it is answered 503, not 500. */
export function recordDatabaseUnavailable(reason: string): void {
  const context = storage.getStore();
  if (context) context.databaseUnavailable = reason;
}

/** Asks the custom server to send the page being rendered with this status instead of 200. */
export function setResponseStatus(status: number): void {
  const context = storage.getStore();
  if (context) context.status = status;
}

/** Notes what the data cache did for one of the page's data functions, for its Server-Timing and debug panel. */
export function recordDataCacheLookup(lookup: DataCacheLookup): void {
  const context = storage.getStore();
  if (context) (context.dataCache ??= []).push(lookup);
}
