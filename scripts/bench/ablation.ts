import type { Browser } from "playwright-core";
import { TECHNIQUES, type Technique } from "../../lib/mode";
import { formatMs } from "./stats";
import { measureRun, warmUp, type Conditions, type RunRecord } from "./views";

export type Variant = { label: string; techniques: string; technique: Technique; kind: "alone" | "without" };

export function variants(): Variant[] {
  return TECHNIQUES.flatMap((t) => [
    { label: `naive + ${t}`, techniques: t, technique: t, kind: "alone" as const },
    { label: `optimized − ${t}`, techniques: TECHNIQUES.filter((o) => o !== t).join(","), technique: t, kind: "without" as const },
  ]);
}

/** Everything a round measures once: both baselines and every variant. */
function roundModes(): string[] {
  return ["naive", "optimized", ...variants().map((v) => v.techniques)];
}

function labelOf(mode: string): string {
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

/**
 * Each technique switched on alone on top of naive, and off alone from optimized. Every
 * variant is warmed once unmeasured (its thumbnails made, its code compiled), then each round
 * measures naive, optimized and every variant once, so that the baselines an effect is
 * measured against were taken in the same minutes as the effect.
 */
export async function runAblation(browser: Browser, base: string, route: string, rounds: number, conditions: Conditions, onRun: (label: string) => void): Promise<RunRecord[]> {
  const modes = roundModes();
  // The main pass warmed naive and optimized already.
  await warmUp(browser, base, [route], modes.slice(2));
  const records: RunRecord[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const mode of roundOrder(modes, round, rounds)) {
      const record = await measureRun(browser, base, route, mode, round, conditions);
      records.push(record);
      onRun(`round ${round}, ${labelOf(mode)}: ${formatMs(record.first.loadMs)}`);
    }
  }
  return records;
}
