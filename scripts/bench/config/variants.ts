import { OPTIMIZED_TECHNIQUES } from "../../../lib/contract/mode";
import type { BenchMode, Variant } from "../types/settings";

const TWO_MODES: readonly BenchMode[] = ["naive", "optimized"];

/**
 * Each technique of optimized switched on alone on top of naive, and off alone from optimized;
 * with cached among the modes, data-cache too: on alone on top of naive, and off alone from
 * cached (which leaves optimized's techniques).
 */
export function variants(modes: readonly BenchMode[] = TWO_MODES): Variant[] {
  const optimized = OPTIMIZED_TECHNIQUES.flatMap((t) => [
    { label: `naive + ${t}`, techniques: t, technique: t, kind: "alone" as const },
    {
      label: `optimized − ${t}`,
      techniques: OPTIMIZED_TECHNIQUES.filter((o) => o !== t).join(","),
      technique: t,
      kind: "without" as const,
    },
  ]);
  if (!modes.includes("cached")) return optimized;
  return [
    ...optimized,
    { label: "naive + data-cache", techniques: "data-cache", technique: "data-cache", kind: "alone" },
    { label: "cached − data-cache", techniques: OPTIMIZED_TECHNIQUES.join(","), technique: "data-cache", kind: "without" },
  ];
}

/** Everything an ablation round measures once: the baselines (the modes) and every variant. */
export function roundModes(modes: readonly BenchMode[] = TWO_MODES): string[] {
  return [...modes, ...variants(modes).map((v) => v.techniques)];
}

/** A mode as the progress line names it: a variant's label, or the mode itself. */
export function labelOf(mode: string, modes: readonly BenchMode[] = TWO_MODES): string {
  return variants(modes).find((v) => v.techniques === mode)?.label ?? mode;
}

/** Measured loads in one ablation round. */
export function ablationRunCount(modes: readonly BenchMode[] = TWO_MODES): number {
  return roundModes(modes).length;
}

/**
 * The order of a round: each round starts a fraction of the list further on, so that over the
 * rounds every mode is measured early, midway and late in a round.
 */
export function roundOrder(modes: string[], round: number, rounds: number): string[] {
  const offset = ((round - 1) * Math.ceil(modes.length / rounds)) % modes.length;
  return [...modes.slice(offset), ...modes.slice(0, offset)];
}
