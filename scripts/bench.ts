/**
 * The benchmark: loads fastblog's pages in naive and optimized mode in Chromium, the way
 * Pingdom, GTmetrix and WebPageTest do, and reports the speedup beside the original article's.
 *
 *   npm run bench                       home page, 5 runs a mode, cable profile
 *   npm run bench -- --help             every option
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutable } from "./chromium";
import { ablationRunCount, runAblation } from "./bench/ablation";
import { ablationTable } from "./bench/ablation-table";
import { floorLines, floorRows } from "./bench/floor";
import { PROFILES } from "./bench/measure";
import { parseBenchOptions, USAGE, UsageError, type BenchOptions } from "./bench/options";
import { log, Progress } from "./bench/progress";
import { htmlReport } from "./bench/report-html";
import { markdownReport } from "./bench/report-markdown";
import { machineInfo, routeReport, type BenchReport } from "./bench/report-model";
import { alignedTable, fewRunsWarnings, noiseWarnings, stallWarnings, terminalTable } from "./bench/report-text";
import { startBenchServer, stopOnSignals, wasInterrupted, type BenchServer } from "./bench/server";
import { formatMs } from "./bench/stats";
import { measureModes, warmUp, type Conditions, type RunRecord } from "./bench/views";

const ABLATION_RUNS = 3;

type Measured = { records: RunRecord[]; ablation: RunRecord[] };

async function measureAll(browser: Browser, base: string, options: BenchOptions, conditions: Conditions): Promise<Measured> {
  log(`Warming up ${base} (thumbnails, compression, JIT)…`);
  await warmUp(browser, base, options.routes, ["naive", "optimized"]);
  const rounds = Math.min(options.runs, ABLATION_RUNS);
  const progress = new Progress(options.routes.length * options.runs * 2 + (options.ablation ? ablationRunCount() * rounds : 0));
  log(`Measuring ${options.routes.join(", ")}: ${options.runs} runs a mode, profile ${conditions.profile.name}${options.cpuSlowdown > 1 ? `, CPU ${options.cpuSlowdown}x slower` : ""}, 1366x768.`);
  const records = await measureModes(browser, base, options.routes, options.runs, conditions, (r) => progress.step(`${r.route} ${r.mode} run ${r.run}: ${formatMs(r.first.loadMs)}`));
  if (!options.ablation) return { records, ablation: [] };
  log(`Ablation on ${options.routes[0]}: warming every variant once, then ${rounds} round${rounds === 1 ? "" : "s"} of naive, optimized and every variant…`);
  const ablation = await runAblation(browser, base, options.routes[0]!, rounds, conditions, (label) => progress.step(`ablation ${label}`));
  return { records, ablation };
}

function buildReport(options: BenchOptions, measured: Measured, browserVersion: string): BenchReport {
  const profile = PROFILES[options.profile]!;
  const routes = options.routes.map((route) => routeReport(measured.records, route));
  const machine = machineInfo(browserVersion);
  return {
    meta: `${new Date().toISOString()} · profile ${profile.name} (${profile.downloadKbps || "∞"} kbps down, ${profile.latencyMs} ms) · ${options.runs} runs a mode · CPU slowdown ${options.cpuSlowdown}x · ${machine.os} · ${machine.cpu} · ${machine.memoryGiB} GiB · Node ${machine.node} · Chromium ${machine.browser}`,
    profile,
    machine,
    routes,
    floors: floorRows(measured.records, options.routes, profile),
    warnings: [...fewRunsWarnings(options.runs), ...stallWarnings([...measured.records, ...measured.ablation]), ...routes.flatMap((r) => noiseWarnings(r.rows).map((w) => `${r.route}: ${w}`))],
    ablation: options.ablation ? ablationTable(measured.ablation) : null,
  };
}

function writeReports(options: BenchOptions, report: BenchReport, measured: Measured): void {
  mkdirSync(options.out, { recursive: true });
  const json = JSON.stringify({ options, machine: report.machine, profile: report.profile, runs: measured.records, floors: report.floors, ablationRuns: measured.ablation, ablation: report.ablation }, null, 1);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(path.join(options.out, `bench-${stamp}.json`), json);
  writeFileSync(path.join(options.out, "latest.json"), json);
  writeFileSync(path.join(options.out, "latest.md"), markdownReport(report));
  writeFileSync(path.join(options.out, "latest.html"), htmlReport(report));
}

function printSummary(report: BenchReport, options: BenchOptions, elapsedMs: number): void {
  for (const route of report.routes) console.log(`\n${route.route}: ${route.headline}\n\n${terminalTable(route.rows)}`);
  console.log(`\nPhysical floor (round trips in a row × latency + bytes before load ÷ bandwidth):\n${floorLines(report.floors, report.profile).join("\n")}`);
  if (report.ablation) console.log(`\nAblation: ${report.ablation.verdict}\n\n${alignedTable(report.ablation.head, report.ablation.rows, "  ")}`);
  for (const warning of report.warnings) console.log(`\n⚠ ${warning}`);
  console.log(`\n"!" marks a timing whose runs vary by more than half the median. Reports: ${path.join(options.out, "latest.{json,md,html}")}`);
  console.log(`The benchmark took ${(elapsedMs / 1000).toFixed(0)} s.`);
}

function checkSpeedup(report: BenchReport, required: number | null): number {
  const { route, speedup } = report.routes[0]!;
  if (required === null || speedup >= required) return 0;
  console.error(`\nThe median load-time ratio on ${route} is ${speedup.toFixed(2)}x, below the required ${required}x.`);
  return 1;
}

/**
 * The browser starts first: when it cannot, the command fails before it has built, seeded or
 * started anything. From then on, whatever it started is stopped on the way out, on an error
 * or on Ctrl-C alike.
 */
async function bench(options: BenchOptions): Promise<number> {
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false });
  stopOnSignals(() => browser.close());
  let server: BenchServer | null = null;
  try {
    server = options.url ? null : await startBenchServer(log);
    const base = options.url ?? server!.url;
    const measured = await measureAll(browser, base, options, { profile: PROFILES[options.profile]!, cpuSlowdown: options.cpuSlowdown });
    const report = buildReport(options, measured, browser.version());
    writeReports(options, report, measured);
    printSummary(report, options, Date.now() - started);
    return checkSpeedup(report, options.assertSpeedup);
  } finally {
    await browser.close();
    await server?.stop();
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
