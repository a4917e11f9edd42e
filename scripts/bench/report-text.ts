import { formatBytes, formatMs, formatRatio, isNoisy, type Spread } from "./stats";
import type { MetricRow } from "./summary";

/** A report's table: a title, a head and rows of text. */
export type TextTable = { title: string; head: string[]; rows: string[][] };

/** The head of the main table, in the original article's shape. */
export const HEAD = ["Metric", "Original: before → after", "Original", "fastblog naive", "fastblog optimized", "Ratio"];

function format(value: number, unit: string): string {
  if (unit === "ms") return formatMs(value);
  if (unit === "bytes") return formatBytes(value);
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : "–";
}

function cell(s: Spread, unit: string, outOf?: Spread): string {
  if (s.n === 0) return "–";
  if (outOf) return `${format(s.median, unit)} of ${format(outOf.median, unit)}`;
  const range = s.n > 1 && s.min !== s.max ? ` (${format(s.min, unit)}–${format(s.max, unit)})` : "";
  return `${format(s.median, unit)}${range}${unit === "ms" && isNoisy(s) ? " !" : ""}`;
}

function change(naive: number, optimized: number): string {
  if (!Number.isFinite(naive) || naive === 0) return "–";
  return `${Math.round((optimized / naive - 1) * 100)}%`;
}

/** The table's rows as text: medians, with min–max when runs differ, and "n of m" for a part of a whole. */
export function tableRows(rows: MetricRow[]): string[][] {
  return rows.map(({ metric, naive, optimized, outOf }) => {
    const original = metric.original;
    const before = Array.isArray(original) ? `${format(original[0], metric.unit)} → ${format(original[1], metric.unit)}` : "";
    const originalRatio = Array.isArray(original) ? formatRatio(original[0], original[1]) : (original ?? "");
    const ratio = metric.noRatio ? "" : metric.key === "html" ? change(naive.median, optimized.median) : formatRatio(naive.median, optimized.median);
    return [metric.label, before, originalRatio, cell(naive, metric.unit, outOf?.naive), cell(optimized, metric.unit, outOf?.optimized), ratio];
  });
}

/** A text table: the first column left-aligned, the others right-aligned, a rule under the head. */
export function alignedTable(head: string[], rows: string[][], indent = ""): string {
  const body = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...body.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => indent + row.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join("  ");
  return [line(head), indent + widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function terminalTable(rows: MetricRow[]): string {
  return alignedTable(HEAD, tableRows(rows));
}

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function markdownTable(head: string[], rows: string[][]): string {
  const escape = (text: string) => text.replaceAll("|", "\\|");
  return [
    `| ${head.map(escape).join(" | ")} |`,
    `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ].join("\n");
}

/** A warning naming the timings whose runs vary too much to trust, if any. */
export function noiseWarnings(rows: MetricRow[]): string[] {
  const noisy = rows
    .filter((row) => row.metric.unit === "ms")
    .flatMap(({ metric, naive, optimized }) => [
      ...(isNoisy(naive) ? [`${metric.label} (naive)`] : []),
      ...(isNoisy(optimized) ? [`${metric.label} (optimized)`] : []),
    ]);
  if (noisy.length === 0) return [];
  return [`These timings vary by more than half their median across runs, so trust them less (run more with --runs, on a quieter machine): ${noisy.join(", ")}.`];
}

/** Below three runs a mode, a median and a range say little: the report says so rather than flag or trust them. */
/** Runs measured again because the browser's network emulation stalled (see measureRun). */
export function stallWarnings(records: { stalls: number }[]): string[] {
  const stalls = records.reduce((sum, r) => sum + r.stalls, 0);
  if (stalls === 0) return [];
  return [`${stalls} load${stalls === 1 ? "" : "s"} stalled in Chromium's network emulation (no load event in time) and ${stalls === 1 ? "was" : "were"} measured again in a fresh context.`];
}

export function fewRunsWarnings(runs: number): string[] {
  if (runs >= 3) return [];
  return [`With ${runs} run${runs === 1 ? "" : "s"} a mode, how much the timings vary cannot be judged: run with --runs 3 or more before trusting a timing.`];
}
