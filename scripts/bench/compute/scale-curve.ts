import { FLAT_LIMIT } from "../config/curve-routes";
import type { CurveSample, ScaleRun } from "../types/artifacts";
import type { CurvePoint, CurveVerdict, ScaleCurve } from "../types/results";
import { median } from "./stats";

function pointsOf(samples: CurveSample[]): Omit<CurvePoint, "ratioToFirst">[] {
  const groups = new Map<string, CurveSample[]>();
  for (const s of samples) {
    const key = `${s.scale}\u0000${s.route}\u0000${s.mode}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((group) => {
    const times = group.map((s) => s.totalMs);
    const { scale, route, mode, path } = group[0]!;
    return {
      scale,
      route,
      mode,
      path,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      runs: group.length,
      queries: median(group.map((s) => s.queries)),
    };
  });
}

/**
 * Medians per route, mode and scale, each as a multiple of the first scale's, and for each route
 * whether optimized stayed flat: within FLAT_LIMIT of its first-scale time at every scale.
 */
export function computeScaleCurve(gathered: ScaleRun[], database: string): ScaleCurve {
  const scales = gathered.map((g) => g.scale);
  const raw = pointsOf(gathered.flatMap((g) => g.samples));
  const first = (route: string, mode: string) =>
    raw.find((p) => p.scale === scales[0] && p.route === route && p.mode === mode)?.medianMs ?? NaN;
  const points = raw.map((p) => ({ ...p, ratioToFirst: p.medianMs / first(p.route, p.mode) }));
  const routes = [...new Set(points.map((p) => p.route))];
  const verdicts: CurveVerdict[] = routes.map((route) => {
    const optimized = points.filter((p) => p.route === route && p.mode === "optimized");
    const worst = optimized.reduce((a, b) => (b.ratioToFirst > a.ratioToFirst ? b : a), optimized[0]!);
    return { route, worstRatio: worst.ratioToFirst, atScale: worst.scale, flat: worst.ratioToFirst <= FLAT_LIMIT };
  });
  return {
    database,
    scales,
    seedSeconds: Object.fromEntries(gathered.map((g) => [g.scale, g.preparedSeconds])),
    sizes: Object.fromEntries(gathered.map((g) => [g.scale, { articles: g.articles, comments: g.comments }])),
    points,
    verdicts,
    flatLimit: FLAT_LIMIT,
  };
}
