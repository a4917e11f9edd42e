import type { LighthouseRun, RunRecord } from "../types/artifacts";
import type { Comparable, Comparison, ComparisonRow, Metric, Unit, Verdict } from "../types/results";
import { mannWhitneyP } from "./mann-whitney";
import { spread } from "./stats";
import { METRICS } from "./summary";

/** A verdict needs the test's two-sided p under this, as benchstat asks. */
export const ALPHA = 0.05;

const known = (values: (number | null)[]) => values.filter((v): v is number => v !== null && Number.isFinite(v));

/**
 * Old against new for one figure. Counts and bytes (`counted`) that vary in neither side's runs
 * are exact, and any difference is real. Everything else, timings and scores above all, goes to
 * the Mann-Whitney U test on the runs: a p under ALPHA is better or worse by the medians,
 * anything else is within noise (with one run a side, always).
 */
export function verdictOf(old: number[], now: number[], higherIsBetter: boolean, counted = false): { p: number | null; verdict: Verdict } {
  const [o, n] = [spread(old), spread(now)];
  const exact = counted && o.min === o.max && n.min === n.max;
  const p = exact ? null : mannWhitneyP(old, now);
  if (exact && n.median === o.median) return { p, verdict: "same" };
  if (p !== null && p >= ALPHA) return { p, verdict: "within noise" };
  // A shift the test found but the medians hide shows in the means.
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const lower = n.median !== o.median ? n.median < o.median : mean(now) < mean(old);
  return { p, verdict: lower !== higherIsBetter ? "better" : "worse" };
}

function row(
  route: string,
  mode: string,
  metric: Pick<Metric, "key" | "label" | "higherIsBetter"> & { unit: Unit },
  old: number[],
  now: number[],
): ComparisonRow | null {
  if (old.length === 0 || now.length === 0) return null;
  const [o, n] = [spread(old), spread(now)];
  return {
    route,
    mode,
    key: metric.key,
    label: metric.label,
    unit: metric.unit,
    old: o,
    new: n,
    difference: n.median - o.median,
    ...verdictOf(old, now, Boolean(metric.higherIsBetter), metric.unit === "bytes" || metric.unit === "count"),
  };
}

function lighthouseRows(old: LighthouseRun[], now: LighthouseRun[], route: string): ComparisonRow[] {
  const modes = [...new Set(now.map((r) => r.mode))].filter((m) => old.some((r) => r.mode === m && r.preset === now[0]!.preset));
  const score = {
    key: "lighthouse",
    label: `Lighthouse performance score (${now[0]?.preset})`,
    unit: "score" as const,
    higherIsBetter: true,
  };
  return modes.flatMap((mode) => {
    const pick = (runs: LighthouseRun[]) => known(runs.filter((r) => r.mode === mode).map((r) => r.score));
    return [row(route, mode, score, pick(old), pick(now))].filter((r): r is ComparisonRow => r !== null);
  });
}

/**
 * Many figures are compared at once, so some would pass a 5% test by chance alone: among 30
 * timings of two runs of the same build, one or two. The Benjamini-Hochberg procedure keeps a
 * test's verdict only when its p is under ALPHA × rank / tested (the rank of its p among the
 * tested figures): one isolated p of 0.008 among 30 is noise, while a real change, which moves
 * several figures at once (load, paint, DOMContentLoaded), passes.
 */
export function controlFalseDiscoveries(rows: ComparisonRow[]): ComparisonRow[] {
  const tested = rows.filter((r) => r.p !== null).sort((a, b) => a.p! - b.p!);
  let kept = 0;
  tested.forEach((r, i) => {
    if (r.p! <= (ALPHA * (i + 1)) / tested.length) kept = i + 1;
  });
  const significant = new Set(tested.slice(0, kept));
  return rows.map((r) => (r.p !== null && !significant.has(r) && r.verdict !== "within noise" ? { ...r, verdict: "within noise" } : r));
}

/** Every metric of every route and mode the two benchmarks share, old against new. */
export function compareRuns(old: Comparable, now: Comparable, file: string, oldCreatedAt: string | null): Comparison {
  const routes = [...new Set(now.runs.map((r) => r.route))].filter((route) => old.runs.some((r) => r.route === route));
  const rows = routes.flatMap((route) =>
    ["naive", "optimized"].flatMap((mode) =>
      METRICS.map((metric) => {
        const pick = (runs: RunRecord[]) => known(runs.filter((r) => r.route === route && r.mode === mode).map(metric.pick));
        return row(route, mode, metric, pick(old.runs), pick(now.runs));
      }).filter((r): r is ComparisonRow => r !== null),
    ),
  );
  const lighthouse = now.lighthouse.length > 0 ? lighthouseRows(old.lighthouse, now.lighthouse, routes[0] ?? "/") : [];
  return { file, oldCreatedAt, alpha: ALPHA, rows: controlFalseDiscoveries([...rows, ...lighthouse]) };
}
