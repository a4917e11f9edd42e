import { TECHNIQUES } from "../../../lib/contract/mode";
import type { Variant } from "../types/settings";

/** Each technique switched on alone on top of naive, and off alone from optimized. */
export function variants(): Variant[] {
  return TECHNIQUES.flatMap((t) => [
    { label: `naive + ${t}`, techniques: t, technique: t, kind: "alone" as const },
    { label: `optimized − ${t}`, techniques: TECHNIQUES.filter((o) => o !== t).join(","), technique: t, kind: "without" as const },
  ]);
}

/** Everything an ablation round measures once: both baselines and every variant. */
export function roundModes(): string[] {
  return ["naive", "optimized", ...variants().map((v) => v.techniques)];
}

/** A mode as the progress line names it: a variant's label, or the mode itself. */
export function labelOf(mode: string): string {
  return variants().find((v) => v.techniques === mode)?.label ?? mode;
}

/** Measured loads in one ablation round. */
export function ablationRunCount(): number {
  return roundModes().length;
}

/**
 * The order of a round: each round starts a fraction of the list further on, so that over the
 * rounds every mode is measured early, midway and late in a round.
 */
export function roundOrder(modes: string[], round: number, rounds: number): string[] {
  const offset = ((round - 1) * Math.ceil(modes.length / rounds)) % modes.length;
  return [...modes.slice(offset), ...modes.slice(0, offset)];
}
