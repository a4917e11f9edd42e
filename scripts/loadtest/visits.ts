import { MODE_COOKIE } from "../../lib/contract/mode";
import { extractAssets } from "./assets";
import { BrowserCache } from "./browser-cache";

/**
 * A load of visits, as browsers make them: each virtual visitor fetches a page's HTML, then every
 * file the page references (./assets.ts), six at a time as a browser does over HTTP/1.1, and
 * starts its next visit when the last has arrived. Cold visitors have an empty browser cache on
 * each visit; warm ones keep theirs (./browser-cache.ts) and fetch only what is no longer fresh,
 * revalidating what they can. Each answer's `X-Cache-Status` (deploy/nginx.conf.template) says
 * whether the edge answered it (HIT) or the request reached an app instance.
 */
export type Cache = "cold" | "warm";

export type VisitLoad = { base: string; path: string; mode: string; cache: Cache; visitors: number; durationMs: number };

export type Visit = { ms: number; requests: number; appRequests: number; failed: string | null };

export type VisitSummary = {
  visits: number;
  failedVisits: number;
  visitsPerSecond: number;
  p50: number;
  p99: number;
  /** The slowest visit: a long one ends the run late and lowers visits per second. */
  slowest: number;
  /** Requests a visit made, and how many of them reached an app instance, on average. */
  requestsPerVisit: number;
  appRequestsPerVisit: number;
  /** The first failure, to say what went wrong. */
  firstFailure: string | null;
};

/** Files a browser fetches at once from one host over HTTP/1.1. */
const PARALLEL = 6;
/** Answers the edge gave itself; any other X-Cache-Status, or none (no edge), reached an instance. */
const FROM_EDGE = new Set(["HIT", "STALE", "UPDATING"]);

export function reachedApp(headers: Headers): boolean {
  return !FROM_EDGE.has((headers.get("x-cache-status") ?? "").toUpperCase());
}

type Tally = { requests: number; appRequests: number };

/** Fetches one URL as the browser would; throws on a network error or an answer other than 2xx or 304. */
async function fetchAs(url: string, mode: string, cache: BrowserCache, tally: Tally): Promise<Response> {
  const response = await fetch(url, {
    headers: { cookie: `${MODE_COOKIE}=${mode}`, "accept-encoding": "gzip, deflate, br", ...cache.validators(url) },
    redirect: "manual",
  });
  const body = await response.arrayBuffer();
  tally.requests += 1;
  if (reachedApp(response.headers)) tally.appRequests += 1;
  if (response.status === 304) cache.refresh(url, response.headers);
  else if (response.ok) cache.store(url, response.headers);
  else throw new Error(`${url} answered ${response.status}`);
  return response.status === 304 ? response : new Response(body, { headers: response.headers });
}

/** One visit of the page, with the visitor's browser cache (an empty one for a cold visit). */
export async function visit(pageUrl: string, mode: string, cache: BrowserCache): Promise<Visit> {
  const started = performance.now();
  const tally: Tally = { requests: 0, appRequests: 0 };
  try {
    const page = await fetchAs(pageUrl, mode, cache, tally);
    // A 304 means the kept copy is the page: its files are the ones the last visit read.
    const html = page.status === 304 ? cache.body(pageUrl) : await page.text();
    if (page.status !== 304) cache.keepBody(pageUrl, html);
    const queue = extractAssets(html, pageUrl).filter((url) => !cache.isFresh(url));
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) await fetchAs(url, mode, cache, tally);
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return { ms: performance.now() - started, ...tally, failed: null };
  } catch (error) {
    return {
      ms: performance.now() - started,
      ...tally,
      failed: error instanceof Error ? `${error.message}${error.cause ? ` (${String(error.cause)})` : ""}` : String(error),
    };
  }
}

/**
 * `visitors` visitors, each visiting the page again and again for `durationMs`. A warm visitor's
 * first visit fills its cache and is not counted, as the edge's warm-up is not. `onVisit` hears
 * of every counted visit (a progress line, a kill half-way).
 */
export async function runVisits(
  load: VisitLoad,
  onVisit: (visit: Visit) => void = () => undefined,
): Promise<{ visits: Visit[]; elapsedMs: number }> {
  const url = `${load.base}${load.path}`;
  const visits: Visit[] = [];
  const visitor = async () => {
    const cache = new BrowserCache();
    if (load.cache === "warm") await visit(url, load.mode, cache);
    const end = performance.now() + load.durationMs;
    while (performance.now() < end) {
      const done = await visit(url, load.mode, load.cache === "warm" ? cache : new BrowserCache());
      visits.push(done);
      onVisit(done);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: load.visitors }, visitor));
  return { visits, elapsedMs: performance.now() - started };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** What a run of visits measured. */
export function summarizeVisits(visits: Visit[], elapsedMs: number): VisitSummary {
  const times = visits.map((v) => v.ms).sort((a, b) => a - b);
  const failed = visits.filter((v) => v.failed !== null);
  const mean = (pick: (v: Visit) => number) => (visits.length === 0 ? 0 : visits.reduce((sum, v) => sum + pick(v), 0) / visits.length);
  return {
    visits: visits.length,
    failedVisits: failed.length,
    visitsPerSecond: visits.length / (elapsedMs / 1000),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    slowest: times.at(-1) ?? 0,
    requestsPerVisit: mean((v) => v.requests),
    appRequestsPerVisit: mean((v) => v.appRequests),
    firstFailure: failed[0]?.failed ?? null,
  };
}
