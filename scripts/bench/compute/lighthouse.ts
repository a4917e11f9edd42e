import type { LighthousePreset } from "../types/settings";
import type { LighthouseMetrics, LighthouseRun } from "../types/artifacts";
import type { LighthousePage, LighthouseReport } from "../types/results";
import { median, spread } from "./stats";

const METRIC_KEYS: (keyof LighthouseMetrics)[] = ["fcpMs", "lcpMs", "tbtMs", "cls", "speedIndexMs"];

/** The Lighthouse run of a page whose score is nearest its median (the earlier one on a tie). */
export function medianLighthouseRun(runs: LighthouseRun[]): LighthouseRun {
  const middle = median(runs.map((r) => r.score));
  return runs.reduce((best, r) => (Math.abs(r.score - middle) < Math.abs(best.score - middle) ? r : best));
}

/** Per page (naive, optimized, calibration): the median score and metrics over its runs, and what its median run failed. */
export function lighthouseReport(runs: LighthouseRun[], preset: LighthousePreset, route: string): LighthouseReport | null {
  if (runs.length === 0) return null;
  const modes = [...new Set(runs.map((r) => r.mode))];
  const pages = modes.map((mode) => {
    const own = runs.filter((r) => r.mode === mode);
    const metrics = Object.fromEntries(METRIC_KEYS.map((k) => [k, spread(own.map((r) => r.metrics[k]))])) as LighthousePage["metrics"];
    return { mode, score: spread(own.map((r) => r.score)), metrics, failing: medianLighthouseRun(own).failing };
  });
  return { preset, runs: Math.max(...pages.map((p) => p.score.n)), route, pages };
}
