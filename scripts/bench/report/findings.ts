import { cacheCounts, cachedLessThanADay, uncompressed } from "../compute/caching";
import type { RequestRecord } from "../types/artifacts";
import type { TextTable } from "../types/results";
import { formatBytes } from "./format";

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
  return [
    {
      title: `${mode}: ${counts.compressed} of ${counts.compressible} compressible text responses compressed; uncompressed:`,
      head: ["uncompressed text response", "type", "transferred"],
      rows: uncompressed(waterfall).map((r) => [shortUrl(r.url), r.type, formatBytes(r.transferBytes)]),
    },
    {
      title: `${mode}: ${counts.longCached} of ${counts.responses} responses cached a day or more; cached less:`,
      head: ["response cached less than a day", "type", "transferred", "Cache-Control"],
      rows: cachedLessThanADay(waterfall).map((r) => [shortUrl(r.url), r.type, formatBytes(r.transferBytes), r.cacheControl ?? "(none)"]),
    },
  ];
}
