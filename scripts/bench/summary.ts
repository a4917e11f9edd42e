import { spread, type Spread } from "./stats";
import type { RunRecord } from "./views";

type Unit = "ms" | "bytes" | "count";

/** A metric of the report, with the original article's before and after where it gave one. */
type Metric = {
  key: string;
  label: string;
  unit: Unit;
  pick: (r: RunRecord) => number | null;
  original?: [number, number] | string;
  /** Counts where more is better have no meaningful naive/optimized ratio. */
  noRatio?: boolean;
  /** For a count of some out of all: the all ("3 of 5"). */
  outOf?: (r: RunRecord) => number;
};

export const METRICS: Metric[] = [
  { key: "load", label: "Load time", unit: "ms", pick: (r) => r.first.loadMs, original: [6020, 875] },
  { key: "fullyLoaded", label: "Fully loaded (network quiet)", unit: "ms", pick: (r) => r.first.fullyLoadedMs },
  { key: "ttfb", label: "Wait (TTFB)", unit: "ms", pick: (r) => r.first.ttfbMs, original: [2600, 444] },
  { key: "fcp", label: "First contentful paint", unit: "ms", pick: (r) => r.first.fcpMs },
  { key: "lcp", label: "Largest contentful paint", unit: "ms", pick: (r) => r.first.lcpMs },
  { key: "dcl", label: "DOMContentLoaded", unit: "ms", pick: (r) => r.first.domContentLoadedMs },
  { key: "queries", label: "Database queries", unit: "count", pick: (r) => r.first.queries, original: [40, 9] },
  { key: "duplicates", label: "Duplicated queries", unit: "count", pick: (r) => r.first.duplicates },
  { key: "server", label: "Server time", unit: "ms", pick: (r) => r.first.serverMs },
  { key: "requests", label: "Requests", unit: "count", pick: (r) => r.first.requests, original: [46, 24] },
  { key: "bytes", label: "Page weight", unit: "bytes", pick: (r) => r.first.transferBytes, original: [1.5 * 1024 * 1024, 492 * 1024] },
  { key: "html", label: "HTML", unit: "bytes", pick: (r) => r.first.bytesByType.html, original: "-75%" },
  { key: "js", label: "JavaScript", unit: "bytes", pick: (r) => r.first.bytesByType.js },
  { key: "css", label: "CSS", unit: "bytes", pick: (r) => r.first.bytesByType.css },
  { key: "images", label: "Images", unit: "bytes", pick: (r) => r.first.bytesByType.image },
  { key: "other", label: "Other", unit: "bytes", pick: (r) => r.first.bytesByType.other },
  { key: "compressed", label: "Compressible text responses compressed", unit: "count", pick: (r) => r.first.compressed, outOf: (r) => r.first.compressible, noRatio: true },
  { key: "longCached", label: "Responses cached a day or more", unit: "count", pick: (r) => r.first.longCached, outOf: (r) => r.first.responses, noRatio: true },
  { key: "repeatLoad", label: "Repeat view: load time", unit: "ms", pick: (r) => r.repeat.loadMs },
  { key: "repeatBytes", label: "Repeat view: bytes", unit: "bytes", pick: (r) => r.repeat.transferBytes },
  { key: "repeatRequests", label: "Repeat view: requests", unit: "count", pick: (r) => r.repeat.requests },
];

/** A metric's runs in each mode; `outOf` holds the spreads of the whole for an "n of m" count. */
export type MetricRow = { metric: Metric; naive: Spread; optimized: Spread; outOf: { naive: Spread; optimized: Spread } | null };

export function summarize(records: RunRecord[], route: string): MetricRow[] {
  const runs = { naive: records.filter((r) => r.route === route && r.mode === "naive"), optimized: records.filter((r) => r.route === route && r.mode === "optimized") };
  return METRICS.map((metric) => {
    const outOf = metric.outOf;
    return {
      metric,
      naive: spread(runs.naive.map(metric.pick)),
      optimized: spread(runs.optimized.map(metric.pick)),
      outOf: outOf ? { naive: spread(runs.naive.map(outOf)), optimized: spread(runs.optimized.map(outOf)) } : null,
    };
  });
}

