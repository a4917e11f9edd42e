import type { Comparison, ComparisonRow } from "../types/results";
import { formatValue } from "./format";
import type { ReportSection } from "./section";

function difference(r: ComparisonRow): string {
  const sign = r.difference > 0 ? "+" : "";
  const percent = r.old.median !== 0 ? ` (${sign}${Math.round((r.difference / r.old.median) * 100)}%)` : "";
  return `${sign}${formatValue(r.difference, r.unit)}${percent}`;
}

const pText = (r: ComparisonRow) => (r.p === null ? "exact" : r.p < 0.001 ? "<0.001" : r.p.toFixed(3));

/** Old and new medians per metric and mode, their difference, the test's p and the verdict. */
export function comparisonSection(comparison: Comparison | null): ReportSection | null {
  if (!comparison) return null;
  const counts = (["better", "worse", "within noise", "same"] as const).map(
    (v) => `${comparison.rows.filter((r) => r.verdict === v).length} ${v}`,
  );
  return {
    title: `Compared with ${comparison.file}`,
    paragraphs: [
      `Old run from ${comparison.oldCreatedAt ?? "an unknown time"}. Each verdict comes from a two-sided Mann-Whitney U test on the runs (better or worse when p < ${comparison.alpha}), except where neither side's runs vary: those figures are exact, and any difference is real. With 3 runs a side the test can never reach p < 0.05; use 5 or more. At 5%, about one timing in twenty comes out better or worse by chance: confirm a verdict with another run.`,
      `${counts.join(", ")}.`,
    ],
    tables: [
      {
        title: "Old against new",
        head: ["route", "mode", "metric", "old", "new", "difference", "p", "verdict"],
        rows: comparison.rows.map((r) => [
          r.route,
          r.mode,
          r.label,
          formatValue(r.old.median, r.unit),
          formatValue(r.new.median, r.unit),
          difference(r),
          pText(r),
          r.verdict,
        ]),
      },
    ],
  };
}
