import type { CalibrationTable, Spread } from "../types/results";
import { formatMs } from "./format";
import type { ReportSection } from "./section";

const cell = (s: Spread) =>
  s.n === 0 ? "–" : `${formatMs(s.median)}${s.n > 1 && s.min !== s.max ? ` (${formatMs(s.min)}–${formatMs(s.max)})` : ""}`;

/** The browser's floor: the calibration page beside optimized, with the DOMContentLoaded goal. */
export function calibrationSection(tables: CalibrationTable[]): ReportSection | null {
  if (tables.length === 0) return null;
  return {
    title: "The browser's floor: a trivial static page",
    paragraphs: [
      "A calibration page (a heading and a paragraph, no image, no script, sent with fastblog's security headers by a server that does no work) loaded in the same rounds, on the same link and in the same browser: what any page costs here. Medians, min–max in brackets.",
      ...tables.map(
        (t) =>
          `${t.route}: optimized's DOMContentLoaded is ${formatMs(t.dclGapMs)} after the calibration page's (goal: within ${formatMs(t.dclGoalMs)}): ${t.withinGoal ? "met" : "not met"}.`,
      ),
    ],
    tables: tables.map((t) => ({
      title: `${t.route}: optimized against the calibration page`,
      head: ["figure", "calibration page", "optimized", "difference"],
      rows: t.rows.map((r) => [r.label, cell(r.calibration), cell(r.optimized), formatMs(r.differenceMs)]),
    })),
  };
}
