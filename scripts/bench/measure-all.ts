import type { Browser } from "playwright-core";
import type { ArtifactStore } from "./artifacts";
import { ablationRunCount, labelOf } from "./config/variants";
import { runAblation } from "./gather/ablation";
import { runLighthouse } from "./gather/lighthouse";
import { gatherQueryFindings } from "./gather/query-findings";
import { measureModes, warmUp } from "./gather/runs";
import type { BenchOptions, Conditions } from "./types/settings";
import type { Measured } from "./types/artifacts";
import { formatMs } from "./report/format";
import { log, Progress } from "./report/progress";

const ABLATION_RUNS = 3;

/** Where the measuring goes: the server, the calibration page, and where the runs' artifacts are kept. */
export type Targets = { base: string; calibrationUrl: string; artifacts: ArtifactStore };

/**
 * Every measurement of a benchmark, in order: a warm-up, the runs of each mode with the
 * calibration page, the ablation's rounds with --ablation, and Lighthouse with --lighthouse,
 * on one progress bar.
 */
export async function measureAll(browser: Browser, targets: Targets, options: BenchOptions, conditions: Conditions): Promise<Measured> {
  const { base, calibrationUrl, artifacts } = targets;
  log(`Warming up ${base} (thumbnails, compression, JIT)…`);
  await warmUp(browser, base, options.routes, options.modes);
  const rounds = Math.min(options.runs, ABLATION_RUNS);
  const progress = new Progress(
    options.routes.length * options.runs * options.modes.length +
      options.runs +
      (options.ablation ? ablationRunCount(options.modes) * rounds : 0) +
      (options.lighthouse ? options.lighthouseRuns * 3 : 0),
  );
  log(
    `Measuring ${options.routes.join(", ")}: ${options.runs} runs a mode and of the calibration page, profile ${conditions.profile.name}${options.cpuSlowdown > 1 ? `, CPU ${options.cpuSlowdown}x slower` : ""}, 1366x768.`,
  );
  const plan = { modes: options.modes, runs: options.runs, conditions, calibrationUrl, capture: artifacts.capture };
  const { records, calibration } = await measureModes(browser, base, options.routes, plan, (label, ms) =>
    progress.step(`${label}: ${formatMs(ms)}`),
  );
  log("Asking the server where each page's queries came from (the debug panel's findings)…");
  const queryFindings = (await gatherQueryFindings(base, options.routes)) ?? [];
  let ablation: Measured["ablation"] = [];
  if (options.ablation) {
    log(
      `Ablation on ${options.routes[0]}: warming every variant once, then ${rounds} round${rounds === 1 ? "" : "s"} of naive, optimized and every variant…`,
    );
    ablation = await runAblation(
      browser,
      base,
      options.routes[0]!,
      rounds,
      conditions,
      (r) => progress.step(`ablation round ${r.run}, ${labelOf(r.mode, options.modes)}: ${formatMs(r.first.loadMs)}`),
      options.modes,
    );
  }
  const screenshots = artifacts.screenshots();
  if (!options.lighthouse) return { records, queryFindings, ablation, calibration, lighthouse: [], screenshots };
  log(
    `Lighthouse (${options.lighthouse}, performance) on ${options.routes[0]}: ${options.lighthouseRuns} runs of each mode and of the calibration page…`,
  );
  const lighthouse = await runLighthouse(
    base,
    options.routes[0]!,
    calibrationUrl,
    { preset: options.lighthouse, runs: options.lighthouseRuns },
    (run, reports) => {
      artifacts.keepLighthouse(run, reports);
      progress.step(`Lighthouse ${run.mode} run ${run.run}: score ${run.score.toFixed(2)}`);
    },
  );
  return { records, queryFindings, ablation, calibration, lighthouse, screenshots };
}
