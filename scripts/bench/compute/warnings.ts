import type { MetricRow } from "../types/results";

/** A warning naming the timings whose runs vary too much to trust, if any. */
export function noiseWarnings(rows: MetricRow[]): string[] {
  const noisy = rows
    .filter((row) => row.metric.unit === "ms")
    .flatMap(({ metric, noisy }) => [
      ...(noisy.naive ? [`${metric.label} (naive)`] : []),
      ...(noisy.optimized ? [`${metric.label} (optimized)`] : []),
    ]);
  if (noisy.length === 0) return [];
  return [
    `These timings vary by more than half their median across runs, so trust them less (run more with --runs, on a quieter machine): ${noisy.join(", ")}.`,
  ];
}

/** Runs measured again because the browser's network emulation stalled (see gather/runs.ts). */
export function stallWarnings(records: { stalls: number }[]): string[] {
  const stalls = records.reduce((sum, r) => sum + r.stalls, 0);
  if (stalls === 0) return [];
  return [
    `${stalls} load${stalls === 1 ? "" : "s"} stalled in Chromium's network emulation (no load event in time) and ${stalls === 1 ? "was" : "were"} measured again in a fresh context.`,
  ];
}

/** Below three runs a mode, a median and a range say little: the report says so rather than flag or trust them. */
export function fewRunsWarnings(runs: number): string[] {
  if (runs >= 3) return [];
  return [
    `With ${runs} run${runs === 1 ? "" : "s"} a mode, how much the timings vary cannot be judged: run with --runs 3 or more before trusting a timing.`,
  ];
}
