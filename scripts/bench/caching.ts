import type { RequestRecord } from "./network";
import type { TextTable } from "./report-text";
import { formatBytes } from "./stats";

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
export function cacheCounts(waterfall: RequestRecord[]) {
  const compressible = waterfall.filter(isCompressible);
  return {
    compressed: compressible.filter(isCompressed).length,
    compressible: compressible.length,
    longCached: waterfall.filter(isLongCached).length,
    responses: waterfall.length,
  };
}

function shortUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * GTmetrix-style lists for one run of a mode: the text responses that came uncompressed, and
 * the responses a browser may not keep for a day.
 */
export function cacheFindings(mode: string, waterfall: RequestRecord[]): TextTable[] {
  const counts = cacheCounts(waterfall);
  const uncompressed = waterfall.filter((r) => isCompressible(r) && !isCompressed(r));
  const shortCached = waterfall.filter((r) => !isLongCached(r));
  return [
    {
      title: `${mode}: ${counts.compressed} of ${counts.compressible} compressible text responses compressed; uncompressed:`,
      head: ["uncompressed text response", "type", "transferred"],
      rows: uncompressed.map((r) => [shortUrl(r.url), r.type, formatBytes(r.transferBytes)]),
    },
    {
      title: `${mode}: ${counts.longCached} of ${counts.responses} responses cached a day or more; cached less:`,
      head: ["response cached less than a day", "type", "transferred", "Cache-Control"],
      rows: shortCached.map((r) => [shortUrl(r.url), r.type, formatBytes(r.transferBytes), r.cacheControl ?? "(none)"]),
    },
  ];
}
