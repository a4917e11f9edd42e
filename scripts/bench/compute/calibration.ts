import { DCL_GOAL_MS } from "../config/calibration";
import type { CalibrationRecord, RepeatViewMetrics, RunRecord } from "../types/artifacts";
import type { CalibrationRow, CalibrationTable } from "../types/results";
import { spread } from "./stats";

const FIGURES: { label: string; pick: (v: RepeatViewMetrics) => number | null }[] = [
  { label: "Wait (TTFB)", pick: (v) => v.ttfbMs },
  { label: "First contentful paint", pick: (v) => v.fcpMs },
  { label: "DOMContentLoaded", pick: (v) => v.domContentLoadedMs },
  { label: "Load time", pick: (v) => v.loadMs },
];

/**
 * Each route's optimized page beside the calibration page measured in the same rounds: the
 * medians of its timings, and how far optimized's DOMContentLoaded is from the browser's floor.
 */
export function calibrationTables(records: RunRecord[], calibration: CalibrationRecord[], routes: string[]): CalibrationTable[] {
  if (calibration.length === 0) return [];
  return routes.map((route) => {
    const optimized = records.filter((r) => r.route === route && r.mode === "optimized").map((r) => r.first);
    const floor = calibration.map((c) => c.first);
    const rows: CalibrationRow[] = FIGURES.map(({ label, pick }) => {
      const [c, o] = [spread(floor.map(pick)), spread(optimized.map(pick))];
      return { label, calibration: c, optimized: o, differenceMs: o.median - c.median };
    });
    const dclGapMs = rows.find((r) => r.label === "DOMContentLoaded")!.differenceMs;
    return { route, rows, dclGapMs, dclGoalMs: DCL_GOAL_MS, withinGoal: dclGapMs <= DCL_GOAL_MS };
  });
}
