import type { RunRecord } from "../types/artifacts";
import type { Metric, MetricRow } from "../types/results";
import { isNoisy, median, spread } from "./stats";

export const METRICS: Metric[] = [
  { key: "load", label: "Load time", unit: "ms", pick: (r) => r.first.loadMs, original: [6020, 875] },
  { key: "fullyLoaded", label: "Fully loaded (network quiet)", unit: "ms", pick: (r) => r.first.fullyLoadedMs },
  { key: "ttfb", label: "Wait (TTFB)", unit: "ms", pick: (r) => r.first.ttfbMs, original: [2600, 444] },
  { key: "fcp", label: "First contentful paint", unit: "ms", pick: (r) => r.first.fcpMs },
  { key: "lcp", label: "Largest contentful paint", unit: "ms", pick: (r) => r.first.lcpMs },
  { key: "dcl", label: "DOMContentLoaded", unit: "ms", pick: (r) => r.first.domContentLoadedMs },
  { key: "speedIndex", label: "Speed Index", unit: "ms", pick: (r) => r.first.speedIndexMs },
  { key: "tbt", label: "Total blocking time", unit: "ms", pick: (r) => r.first.tbtMs },
  { key: "cls", label: "Cumulative layout shift", unit: "score", pick: (r) => r.first.cls },
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
  {
    key: "compressed",
    label: "Compressible text responses compressed",
    unit: "count",
    pick: (r) => r.first.compressed,
    outOf: (r) => r.first.compressible,
    noRatio: true,
    higherIsBetter: true,
  },
  {
    key: "longCached",
    label: "Responses cached a day or more",
    unit: "count",
    pick: (r) => r.first.longCached,
    outOf: (r) => r.first.responses,
    noRatio: true,
    higherIsBetter: true,
  },
  { key: "repeatLoad", label: "Repeat view: load time", unit: "ms", pick: (r) => r.repeat.loadMs },
  { key: "repeatBytes", label: "Repeat view: bytes", unit: "bytes", pick: (r) => r.repeat.transferBytes },
  { key: "repeatRequests", label: "Repeat view: requests", unit: "count", pick: (r) => r.repeat.requests },
];

/** Every metric's spread over a route's runs in each mode, and whether its runs vary too much to trust. */
export function summarize(records: RunRecord[], route: string): MetricRow[] {
  const runs = {
    naive: records.filter((r) => r.route === route && r.mode === "naive"),
    optimized: records.filter((r) => r.route === route && r.mode === "optimized"),
    cached: records.filter((r) => r.route === route && r.mode === "cached"),
  };
  return METRICS.map((metric): MetricRow => {
    const outOf = metric.outOf;
    const [naive, optimized] = [spread(runs.naive.map(metric.pick)), spread(runs.optimized.map(metric.pick))];
    const row: MetricRow = {
      metric,
      naive,
      optimized,
      outOf: outOf ? { naive: spread(runs.naive.map(outOf)), optimized: spread(runs.optimized.map(outOf)) } : null,
      noisy: { naive: isNoisy(naive), optimized: isNoisy(optimized) },
    };
    if (runs.cached.length === 0) return row;
    // Cached mode, when it was measured: a third column beside the two of the original article.
    const cached = spread(runs.cached.map(metric.pick));
    return {
      ...row,
      cached,
      outOf: outOf && row.outOf ? { ...row.outOf, cached: spread(runs.cached.map(outOf)) } : null,
      noisy: { ...row.noisy, cached: isNoisy(cached) },
    };
  });
}

/**
 * The run the waterfall and the lists show: the one whose load time is closest to its mode's
 * median. With an even number of runs the median falls between two runs; the earlier of the
 * two closest is taken.
 */
export function medianRun(records: RunRecord[]): RunRecord {
  const middle = median(records.map((r) => r.first.loadMs));
  return records.reduce((best, r) => (Math.abs(r.first.loadMs - middle) < Math.abs(best.first.loadMs - middle) ? r : best));
}

/** The median load-time ratio of a route's metric rows: naive over optimized. */
export function speedupOf(rows: MetricRow[]): number {
  const load = rows.find((r) => r.metric.key === "load")!;
  return load.naive.median / load.optimized.median;
}
