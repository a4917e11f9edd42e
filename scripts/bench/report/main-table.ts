import type { MetricRow, Spread, Unit } from "../types/results";
import { formatRatio, formatValue } from "./format";
import { alignedTable } from "./table";

/** The head of the main table, in the original article's shape. */
export const HEAD = ["Metric", "Original: before → after", "Original", "fastblog naive", "fastblog optimized", "Ratio"];

/** The head with cached mode's two columns after the original's, when it was measured. */
export function headOf(rows: MetricRow[]): string[] {
  return rows.some((r) => r.cached) ? [...HEAD, "fastblog cached", "Cached vs optimized"] : HEAD;
}

const format = formatValue;

function cell(s: Spread, unit: Unit, noisy: boolean, outOf?: Spread): string {
  if (s.n === 0) return "–";
  if (outOf) return `${format(s.median, unit)} of ${format(outOf.median, unit)}`;
  const range = s.n > 1 && s.min !== s.max ? ` (${format(s.min, unit)}–${format(s.max, unit)})` : "";
  return `${format(s.median, unit)}${range}${unit === "ms" && noisy ? " !" : ""}`;
}

function change(naive: number, optimized: number): string {
  if (!Number.isFinite(naive) || naive === 0) return "–";
  return `${Math.round((optimized / naive - 1) * 100)}%`;
}

/** The table's rows as text: medians, with min–max when runs differ, and "n of m" for a part of a whole. */
export function tableRows(rows: MetricRow[]): string[][] {
  return rows.map(({ metric, naive, optimized, cached, outOf, noisy }) => {
    const original = metric.original;
    const before = Array.isArray(original) ? `${format(original[0], metric.unit)} → ${format(original[1], metric.unit)}` : "";
    const originalRatio = Array.isArray(original) ? formatRatio(original[0], original[1]) : (original ?? "");
    const ratio = metric.noRatio
      ? ""
      : metric.key === "html"
        ? change(naive.median, optimized.median)
        : formatRatio(naive.median, optimized.median);
    const row = [
      metric.label,
      before,
      originalRatio,
      cell(naive, metric.unit, noisy.naive, outOf?.naive),
      cell(optimized, metric.unit, noisy.optimized, outOf?.optimized),
      ratio,
    ];
    if (!cached) return row;
    const cachedRatio = metric.noRatio
      ? ""
      : metric.key === "html"
        ? change(optimized.median, cached.median)
        : formatRatio(optimized.median, cached.median);
    return [...row, cell(cached, metric.unit, noisy.cached ?? false, outOf?.cached), cachedRatio];
  });
}

export function terminalTable(rows: MetricRow[]): string {
  return alignedTable(headOf(rows), tableRows(rows));
}
