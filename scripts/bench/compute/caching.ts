import type { CacheCounts, RequestRecord, RunRecord } from "../types/artifacts";
import type { CacheFindings } from "../types/results";

const ONE_DAY_S = 86_400;
const COMPRESSIBLE = new Set(["html", "js", "css"]);

/** How long a browser may keep a response: `max-age`, not the shared caches' `s-maxage`. */
export function maxAgeSeconds(cacheControl: string | null): number {
  const match = /(?:^|[,\s])max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? "");
  return match ? Number(match[1]) : 0;
}

/** Text worth compressing: HTML, JS and CSS over 1 KB (smaller ones gain too little to count). */
export function isCompressible(r: RequestRecord): boolean {
  return COMPRESSIBLE.has(r.type) && r.bodyBytes > 1024;
}

export function isCompressed(r: RequestRecord): boolean {
  return r.encoding !== null && r.encoding !== "identity";
}

/** Kept a day or more without asking the server again. */
export function isLongCached(r: RequestRecord): boolean {
  return maxAgeSeconds(r.cacheControl) >= ONE_DAY_S && !/no-cache|no-store/i.test(r.cacheControl ?? "");
}

/** The counts the main table shows: n of m compressed, n of m cached a day or more. */
export function cacheCounts(waterfall: RequestRecord[]): CacheCounts {
  const compressible = waterfall.filter(isCompressible);
  return {
    compressed: compressible.filter(isCompressed).length,
    compressible: compressible.length,
    longCached: waterfall.filter(isLongCached).length,
    responses: waterfall.length,
  };
}

/** The text responses that came uncompressed (GTmetrix's "enable compression" list). */
export function uncompressed(waterfall: RequestRecord[]): RequestRecord[] {
  return waterfall.filter((r) => isCompressible(r) && !isCompressed(r));
}

/** The responses a browser may not keep for a day (GTmetrix's "leverage browser caching" list). */
export function cachedLessThanADay(waterfall: RequestRecord[]): RequestRecord[] {
  return waterfall.filter((r) => !isLongCached(r));
}

/** GTmetrix's two lists for a run's first view: what came uncompressed, and what is cached less than a day. */
export function cacheFindings(run: RunRecord): CacheFindings {
  const { waterfall } = run.first;
  return {
    mode: run.mode,
    run: run.run,
    counts: cacheCounts(waterfall),
    uncompressed: uncompressed(waterfall),
    cachedLessThanADay: cachedLessThanADay(waterfall),
  };
}
