import { TECHNIQUES, type Technique } from "../../lib/mode";
import { variants } from "./ablation";
import { formatBytes, formatMs, median } from "./stats";
import type { RunRecord } from "./views";

export type Agreement = "yes" | "no" | "undecided";

export type AblationTable = { head: string[]; rows: string[][]; verdict: string; agreesWithArticle: Agreement };

/** A mode's runs: median load and bytes, and half the range of its loads (null with fewer than 2 runs). */
type Cell = { loadMs: number; bytes: number; halfRangeMs: number | null };

type Effect = { technique: Technique; alone: Cell; without: Cell; saves: number; costs: number; score: number; noiseMs: number | null };

function cellOf(records: RunRecord[], mode: string): Cell {
  const runs = records.filter((r) => r.mode === mode);
  const loads = runs.map((r) => r.first.loadMs);
  const halfRangeMs = loads.length > 1 ? (Math.max(...loads) - Math.min(...loads)) / 2 : null;
  return { loadMs: median(loads), bytes: median(runs.map((r) => r.first.transferBytes)), halfRangeMs };
}

/**
 * A technique's effect: what it saves switched on alone (naive − "naive + t") and what it costs
 * switched off alone ("optimized − t" − optimized), averaged. Each of the four medians may sit
 * anywhere in its runs' range, so the effect's noise is the mean half-range of the four.
 */
function effectOf(technique: Technique, records: RunRecord[], naive: Cell, optimized: Cell): Effect {
  const modeOf = (kind: "alone" | "without") => variants().find((v) => v.technique === technique && v.kind === kind)!.techniques;
  const alone = cellOf(records, modeOf("alone"));
  const without = cellOf(records, modeOf("without"));
  const saves = naive.loadMs - alone.loadMs;
  const costs = without.loadMs - optimized.loadMs;
  const ranges = [naive, optimized, alone, without].map((c) => c.halfRangeMs);
  const noiseMs = ranges.some((r) => r === null) ? null : ranges.reduce<number>((sum, r) => sum + r!, 0) / ranges.length;
  return { technique, alone, without, saves, costs, score: (saves + costs) / 2, noiseMs };
}

export function signalOf(effect: Effect): string {
  if (effect.noiseMs === null) return "spread unknown";
  if (Math.abs(effect.score) <= effect.noiseMs) return "within noise";
  return effect.score > 0 ? "clear" : "clear: slower with it";
}

/** The techniques that cannot be told from the first: their gap to it is within the larger of the two noises. */
function leaders(ranked: Effect[]): Effect[] {
  const top = ranked[0]!;
  return ranked.filter((e) => e === top || top.score - e.score <= Math.max(top.noiseMs ?? 0, e.noiseMs ?? 0));
}

function rankOfPagination(ranked: Effect[]): string {
  return `pagination ranks ${ranked.findIndex((e) => e.technique === "pagination") + 1} of ${ranked.length}`;
}

/** Which technique has the largest impact, if the noise allows saying so, and whether that agrees with the original article. */
function leadVerdict(ranked: Effect[]): { text: string; agrees: Agreement } {
  const [top, second] = [ranked[0]!, ranked[1]!];
  const question = "Does fastblog agree with the original article that pagination has the largest impact?";
  if (ranked.some((e) => e.noiseMs === null)) {
    return { agrees: "undecided", text: `With one run per variant the spread is unknown, so no effect can be called clear: in this run ${top.technique} saved the most (${formatMs(top.score)}) and ${rankOfPagination(ranked)}. ${question} Undecided: run the ablation with --runs 3 or more.` };
  }
  const lead = `${formatMs(top.score - second.score)} over ${second.technique}, noise ${formatMs(Math.max(top.noiseMs!, second.noiseMs!))}`;
  const tied = leaders(ranked);
  if (tied.length > 1) {
    const others = tied.slice(1).map((e) => e.technique).join(", ");
    const paginationTied = tied.some((e) => e.technique === "pagination");
    const answer = paginationTied ? "Undecided: pagination ties for the largest impact." : `No: ${rankOfPagination(ranked)}, below the leaders.`;
    return { agrees: paginationTied ? "undecided" : "no", text: `${top.technique} ties with ${others} within noise (lead ${lead}), so none of them is clearly the largest. ${question} ${answer}` };
  }
  if (top.technique === "pagination") return { agrees: "yes", text: `Pagination has the largest impact (lead ${lead}). ${question} Yes.` };
  return { agrees: "no", text: `${top.technique} has the largest impact (lead ${lead}). ${question} No: ${rankOfPagination(ranked)}.` };
}

function row(effect: Effect, index: number): string[] {
  const cell = (c: Cell) => `${formatMs(c.loadMs)} · ${formatBytes(c.bytes)}`;
  const effectText = effect.noiseMs === null ? formatMs(effect.score) : `${formatMs(effect.score)} ± ${formatMs(effect.noiseMs)}`;
  return [`${index + 1}. ${effect.technique}`, cell(effect.alone), formatMs(effect.saves), cell(effect.without), formatMs(effect.costs), effectText, signalOf(effect)];
}

/**
 * Ranks the techniques by the load time each saves, against the baselines measured in the
 * same rounds (the records of mode naive and optimized), and says how far the noise lets the
 * ranking be trusted.
 */
export function ablationTable(records: RunRecord[]): AblationTable {
  const naive = cellOf(records, "naive");
  const optimized = cellOf(records, "optimized");
  const ranked = TECHNIQUES.map((t) => effectOf(t, records, naive, optimized)).sort((a, b) => b.score - a.score);
  const { text, agrees } = leadVerdict(ranked);
  return {
    head: ["technique (ranked)", "naive + it: load · bytes", "saves", "optimized − it: load · bytes", "costs when removed", "effect ± noise", "signal"],
    rows: ranked.map(row),
    verdict: `${text} Baselines, measured in the same rounds: naive ${formatMs(naive.loadMs)}, optimized ${formatMs(optimized.loadMs)}.`,
    agreesWithArticle: agrees,
  };
}
