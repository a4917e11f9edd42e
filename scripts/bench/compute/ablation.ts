import { OPTIMIZED_TECHNIQUES, TECHNIQUES, type Technique } from "../../../lib/contract/mode";
import { variants } from "../config/variants";
import type { RunRecord } from "../types/artifacts";
import type { AblationCell, AblationRanking, AblationResult, AblationVerdict, Effect, Signal } from "../types/results";
import { median } from "./stats";

function cellOf(records: RunRecord[], mode: string): AblationCell {
  const runs = records.filter((r) => r.mode === mode);
  const loads = runs.map((r) => r.first.loadMs);
  const halfRangeMs = loads.length > 1 ? (Math.max(...loads) - Math.min(...loads)) / 2 : null;
  return { loadMs: median(loads), bytes: median(runs.map((r) => r.first.transferBytes)), halfRangeMs };
}

/**
 * A technique's effect: what it saves switched on alone (naive − "naive + t") and what it costs
 * switched off alone ("optimized − t" − optimized; for data-cache, "cached − data-cache" − cached), averaged. Each of the four medians may sit
 * anywhere in its runs' range, so the effect's noise is the mean half-range of the four.
 */
function effectOf(technique: Technique, records: RunRecord[], naive: AblationCell, baseline: AblationCell): Effect {
  const modeOf = (kind: "alone" | "without") =>
    variants(["naive", "optimized", "cached"]).find((v) => v.technique === technique && v.kind === kind)!.techniques;
  const alone = cellOf(records, modeOf("alone"));
  const without = cellOf(records, modeOf("without"));
  const saves = naive.loadMs - alone.loadMs;
  const costs = without.loadMs - baseline.loadMs;
  const ranges = [naive, baseline, alone, without].map((c) => c.halfRangeMs);
  const noiseMs = ranges.some((r) => r === null) ? null : ranges.reduce<number>((sum, r) => sum + r!, 0) / ranges.length;
  const score = (saves + costs) / 2;
  return { technique, alone, without, saves, costs, score, noiseMs, signal: signalOf(score, noiseMs) };
}

/**
 * Ranks the techniques by the load time each saves, against the baselines measured in the
 * same rounds (the records of mode naive and optimized).
 */
export function rankAblation(records: RunRecord[]): AblationRanking {
  const naive = cellOf(records, "naive");
  const optimized = cellOf(records, "optimized");
  // data-cache is removed from cached, not from optimized, and only measured when cached was asked for.
  const cached = records.some((r) => r.mode === "cached") ? cellOf(records, "cached") : null;
  const techniques = cached ? TECHNIQUES : OPTIMIZED_TECHNIQUES;
  const ranked = techniques
    .map((t) => effectOf(t, records, naive, t === "data-cache" && cached ? cached : optimized))
    .sort((a, b) => b.score - a.score);
  return { naive, optimized, ranked };
}

/** Whether an effect's size clears its noise, whatever its sign. */
function signalOf(score: number, noiseMs: number | null): Signal {
  if (noiseMs === null) return "spread unknown";
  if (Math.abs(score) <= noiseMs) return "within noise";
  return score > 0 ? "clear" : "clear: slower with it";
}

/** The techniques that cannot be told from the first: their gap to it is within the larger of the two noises. */
function leaders(ranked: Effect[]): Effect[] {
  const top = ranked[0]!;
  return ranked.filter((e) => e === top || top.score - e.score <= Math.max(top.noiseMs ?? 0, e.noiseMs ?? 0));
}

/** Where pagination, the original article's largest impact, ranks: 1 for first. */
export function paginationRank(ranked: Effect[]): number {
  return ranked.findIndex((e) => e.technique === "pagination") + 1;
}

/** Which technique has the largest impact, if the noise allows saying so, and whether that agrees with the original article. */
export function verdictOf(ranked: Effect[]): AblationVerdict {
  if (ranked.some((e) => e.noiseMs === null)) return { kind: "spread unknown", leaders: [ranked[0]!], agrees: "undecided" };
  const tied = leaders(ranked);
  if (tied.length > 1) return { kind: "tie", leaders: tied, agrees: tied.some((e) => e.technique === "pagination") ? "undecided" : "no" };
  return { kind: "lead", leaders: tied, agrees: tied[0]!.technique === "pagination" ? "yes" : "no" };
}

/** The ablation's rounds ranked, judged against their noise, and set against the article's "pagination first". */
export function ablationResult(records: RunRecord[]): AblationResult {
  const ranking = rankAblation(records);
  return { ...ranking, verdict: verdictOf(ranking.ranked), paginationRank: paginationRank(ranking.ranked) };
}
