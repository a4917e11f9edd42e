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
  { key: "compressed", label: "Compressed text responses", unit: "count", pick: (r) => r.first.compressed, noRatio: true },
  { key: "longCached", label: "Responses cached a day or more", unit: "count", pick: (r) => r.first.longCached, noRatio: true },
  { key: "repeatLoad", label: "Repeat view: load time", unit: "ms", pick: (r) => r.repeat.loadMs },
  { key: "repeatBytes", label: "Repeat view: bytes", unit: "bytes", pick: (r) => r.repeat.transferBytes },
  { key: "repeatRequests", label: "Repeat view: requests", unit: "count", pick: (r) => r.repeat.requests },
];

export type MetricRow = { metric: Metric; naive: Spread; optimized: Spread };

export function summarize(records: RunRecord[], route: string, modes: [string, string] = ["naive", "optimized"]): MetricRow[] {
  const of = (mode: string) => records.filter((r) => r.route === route && r.mode === mode);
  return METRICS.map((metric) => ({
    metric,
    naive: spread(of(modes[0]).map(metric.pick)),
    optimized: spread(of(modes[1]).map(metric.pick)),
  }));
}
