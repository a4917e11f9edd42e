import type { Browser } from "playwright-core";
import { roundModes, roundOrder } from "../config/variants";
import type { BenchMode, Conditions } from "../types/settings";
import type { RunRecord } from "../types/artifacts";
import { measureRun, warmUp } from "./runs";

/**
 * Each technique switched on alone on top of naive, and off alone from optimized. Every
 * variant is warmed once unmeasured (its thumbnails made, its code compiled), then each round
 * measures naive, optimized and every variant once, so that the baselines an effect is
 * measured against were taken in the same minutes as the effect. A record's `run` is its round.
 */
export async function runAblation(
  browser: Browser,
  base: string,
  route: string,
  rounds: number,
  conditions: Conditions,
  onRun: (record: RunRecord) => void,
  baselines: readonly BenchMode[] = ["naive", "optimized"],
): Promise<RunRecord[]> {
  const modes = roundModes(baselines);
  // The main pass warmed the baselines already.
  await warmUp(browser, base, [route], modes.slice(baselines.length));
  const records: RunRecord[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const mode of roundOrder(modes, round, rounds)) {
      const record = await measureRun(browser, base, route, mode, round, conditions);
      records.push(record);
      onRun(record);
    }
  }
  return records;
}
