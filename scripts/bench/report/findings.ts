import type { CacheFindings } from "../types/results";
import { formatBytes } from "./format";
import type { TextTable } from "./section";

function shortUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

/**
 * GTmetrix-style lists for one run of a mode: the text responses that came uncompressed, and
 * the responses a browser may not keep for a day.
 */
export function findingTables(findings: CacheFindings): TextTable[] {
  const { counts } = findings;
  const mode = `${findings.mode} (run ${findings.run})`;
  return [
    {
      title: `${mode}: ${counts.compressed} of ${counts.compressible} compressible text responses compressed; uncompressed:`,
      head: ["uncompressed text response", "type", "transferred"],
      rows: findings.uncompressed.map((r) => [shortUrl(r.url), r.type, formatBytes(r.transferBytes)]),
    },
    {
      title: `${mode}: ${counts.longCached} of ${counts.responses} responses cached a day or more; cached less:`,
      head: ["response cached less than a day", "type", "transferred", "Cache-Control"],
      rows: findings.cachedLessThanADay.map((r) => [shortUrl(r.url), r.type, formatBytes(r.transferBytes), r.cacheControl ?? "(none)"]),
    },
  ];
}
