/**
 * The benchmark: loads fastblog's pages in naive and optimized mode in Chromium, the way
 * Pingdom, GTmetrix and WebPageTest do, and reports the speedup beside the original article's.
 * It gathers runs in the browser (bench/gather), computes figures from them (bench/compute)
 * and formats those (bench/report); bench/types/ holds the types they share, one file per stage:
 * settings.ts (what is asked), artifacts.ts (what gathering produces), results.ts (what computing
 * produces, and the JSON report).
 *
 *   npm run bench                       home page, 5 runs a mode, cable profile
 *   npm run bench -- --help             every option
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutable } from "./chromium";
import { parseBenchOptions, USAGE, UsageError } from "./bench/cli/options";
import { PROFILES } from "./bench/config/profiles";
import { CURVE_ROUTES } from "./bench/config/curve-routes";
import { measureAll } from "./bench/measure-all";
import { ArtifactStore } from "./bench/artifacts";
import { readBudget } from "./bench/cli/budget-file";
import { readComparable } from "./bench/cli/compare-file";
import { startCalibrationServer } from "./bench/gather/calibration";
import { provenance } from "./bench/gather/provenance";
import { overrunText } from "./bench/report/budget";
import { jsonReport } from "./bench/report/json";
import { machineInfo } from "./bench/gather/machine";
import { checkDatabase } from "./bench/gather/database";
import { startBenchServer, stopOnSignals, wasInterrupted, type BenchServer } from "./bench/gather/server";
import type { BenchOptions } from "./bench/types/settings";
import type { Against, BenchResult } from "./bench/types/results";
import { computeResult } from "./bench/compute/result";
import { databaseName } from "./bench/config/database";
import { formatMs } from "./bench/report/format";
import { htmlReport } from "./bench/report/html";
import { markdownReport } from "./bench/report/markdown";
import { log, Progress } from "./bench/report/progress";
import { curveHtml, curveMarkdown, curveTerminal } from "./bench/report/scale-curve";
import { terminalSummary } from "./bench/report/terminal";
import { computeScaleCurve } from "./bench/compute/scale-curve";
import { gatherScaleCurve } from "./bench/gather/scale-curve";

/** Writes the result in every format, beside the artifacts of its median runs. */
function writeReports(result: BenchResult, artifacts: ArtifactStore): void {
  const { out } = result.options;
  mkdirSync(out, { recursive: true });
  const files = artifacts.finish(result);
  const json = JSON.stringify(jsonReport(result, files), null, 1);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(path.join(out, `bench-${stamp}.json`), json);
  writeFileSync(path.join(out, "latest.json"), json);
  writeFileSync(path.join(out, "latest.md"), markdownReport(result));
  writeFileSync(path.join(out, "latest.html"), htmlReport(result));
}

/** Exit 1 on any budget overrun, naming each on stderr. */
function checkBudget(report: BenchResult): number {
  const overruns = report.budget?.overruns ?? [];
  if (overruns.length === 0) return 0;
  console.error(`\nOver budget (${report.budget!.file}):\n${overruns.map((o) => `  - ${overrunText(o)}`).join("\n")}`);
  return 1;
}

function checkSpeedup(report: BenchResult, required: number | null): number {
  const { route, speedup } = report.routes[0]!;
  if (required === null || speedup >= required) return 0;
  console.error(`\nThe median load-time ratio on ${route} is ${speedup.toFixed(2)}x, below the required ${required}x.`);
  return 1;
}

/**
 * The scale curve: no browser, only the server's own figures. Each scale is seeded afresh and
 * measured in turn; the reports go beside the benchmark's, as scale-curve.{json,md,html}.
 */
async function scaleCurve(options: BenchOptions, scales: number[]): Promise<number> {
  const started = Date.now();
  stopOnSignals();
  const progress = new Progress(scales.length * CURVE_ROUTES.length * 2 * options.runs);
  const gathered = await gatherScaleCurve(scales, options.runs, options.database, log, (s, skipped) => {
    progress.drop(skipped);
    progress.step(`${s.scale}x ${s.route} ${s.mode}: ${formatMs(s.totalMs)}`);
  });
  const curve = computeScaleCurve(gathered, databaseName(options.database));
  mkdirSync(options.out, { recursive: true });
  writeFileSync(
    path.join(options.out, "scale-curve.json"),
    JSON.stringify({ options, curve, samples: gathered.flatMap((g) => g.samples) }, null, 1),
  );
  writeFileSync(path.join(options.out, "scale-curve.md"), curveMarkdown(curve));
  writeFileSync(path.join(options.out, "scale-curve.html"), curveHtml(curve));
  console.log(curveTerminal(curve));
  console.log(
    `\nReports: ${path.join(options.out, "scale-curve.{json,md,html}")}. The scale curve took ${Math.round((Date.now() - started) / 1000)} s.`,
  );
  return 0;
}

/**
 * The browser starts first: when it cannot, the command fails before it has built, seeded or
 * started anything. From then on, whatever it started is stopped on the way out, on an error
 * or on Ctrl-C alike.
 */
async function bench(options: BenchOptions): Promise<number> {
  const started = Date.now();
  // No PostgreSQL to start: say so now, not after a browser, a build and a seed.
  checkDatabase(options.database);
  if (options.scaleCurve) return scaleCurve(options, options.scaleCurve);
  // A budget or an earlier report that cannot be read stops the benchmark before it starts anything.
  const against: Against = {
    budget: options.budget ? { file: options.budget, entries: readBudget(options.budget) } : null,
    compare: options.compare ? { file: options.compare, ...readComparable(options.compare) } : null,
  };
  // The benchmark's database is seeded at this scale (prepareDatabase reads SEED_SCALE).
  process.env.SEED_SCALE = String(options.scale);
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  stopOnSignals(() => browser.close());
  let server: BenchServer | null = null;
  const calibration = await startCalibrationServer();
  try {
    server = options.url ? null : await startBenchServer(log, options.database);
    const artifacts = new ArtifactStore(options.out, options.trace);
    const targets = { base: options.url ?? server!.url, calibrationUrl: calibration.url, artifacts };
    const measured = await measureAll(browser, targets, options, { profile: PROFILES[options.profile]!, cpuSlowdown: options.cpuSlowdown });
    const result = await computeResult(options, measured, machineInfo(browser.version()), provenance(browser.version()), against);
    writeReports(result, artifacts);
    console.log(terminalSummary(result, options.out, Date.now() - started));
    return Math.max(checkSpeedup(result, options.assertSpeedup), checkBudget(result));
  } finally {
    await browser.close();
    await server?.stop();
    await calibration.stop();
  }
}

try {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
  } else {
    process.exitCode = await bench(options);
  }
} catch (error) {
  // After Ctrl-C the run fails because its browser closed; the signal handler exits, quietly.
  if (!wasInterrupted()) {
    console.error(`npm run bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
