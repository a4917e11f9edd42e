import type { AblationCell, AblationResult, AblationTable, Effect } from "../types/results";
import { formatBytes, formatMs } from "./format";

const QUESTION = "Does fastblog agree with the original article that pagination has the largest impact?";

/** The verdict in words: what leads by how much against the noise, and the answer to the article's question. */
function verdictText({ ranked, verdict, paginationRank }: AblationResult): string {
  const [top, second] = [ranked[0]!, ranked[1]!];
  const rank = `pagination ranks ${paginationRank} of ${ranked.length}`;
  if (verdict.kind === "spread unknown") {
    return `With one run per variant the spread is unknown, so no effect can be called clear: in this run ${top.technique} saved the most (${formatMs(top.score)}) and ${rank}. ${QUESTION} Undecided: run the ablation with --runs 3 or more.`;
  }
  const lead = `${formatMs(top.score - second.score)} over ${second.technique}, noise ${formatMs(Math.max(top.noiseMs!, second.noiseMs!))}`;
  if (verdict.kind === "tie") {
    const others = verdict.leaders
      .slice(1)
      .map((e) => e.technique)
      .join(", ");
    const answer =
      verdict.agrees === "undecided" ? "Undecided: pagination ties for the largest impact." : `No: ${rank}, below the leaders.`;
    return `${top.technique} ties with ${others} within noise (lead ${lead}), so none of them is clearly the largest. ${QUESTION} ${answer}`;
  }
  if (verdict.agrees === "yes") return `Pagination has the largest impact (lead ${lead}). ${QUESTION} Yes.`;
  return `${top.technique} has the largest impact (lead ${lead}). ${QUESTION} No: ${rank}.`;
}

function row(effect: Effect, index: number): string[] {
  const cell = (c: AblationCell) => `${formatMs(c.loadMs)} · ${formatBytes(c.bytes)}`;
  const effectText = effect.noiseMs === null ? formatMs(effect.score) : `${formatMs(effect.score)} ± ${formatMs(effect.noiseMs)}`;
  return [
    `${index + 1}. ${effect.technique}`,
    cell(effect.alone),
    formatMs(effect.saves),
    cell(effect.without),
    formatMs(effect.costs),
    effectText,
    effect.signal,
  ];
}

/**
 * The ablation's ranking as a table, with a verdict that says how far the noise lets it be trusted
 * and names the database it was measured on: the query techniques' effects depend on it.
 */
export function ablationTable(ablation: AblationResult, database: string): AblationTable {
  const { naive, optimized, ranked, verdict } = ablation;
  return {
    head: [
      "technique (ranked)",
      "naive + it: load · bytes",
      "saves",
      "optimized − it: load · bytes",
      "costs when removed",
      "effect ± noise",
      "signal",
    ],
    rows: ranked.map(row),
    verdict: `On ${database}: ${verdictText(ablation)} Baselines, measured in the same rounds: naive ${formatMs(naive.loadMs)}, optimized ${formatMs(optimized.loadMs)}.`,
    agreesWithArticle: verdict.agrees,
  };
}
