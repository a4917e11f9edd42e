/**
 * The benchmark: loads fastblog's pages in naive and optimized mode in Chromium, the way
 * Pingdom, GTmetrix and WebPageTest do, and reports the speedup beside the original article's.
 *
 *   npm run bench                       home page, 5 runs a mode, cable profile
 *   npm run bench -- --help             every option
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutable } from "./chromium";
import { ablationRunCount, ablationTable, runAblation } from "./bench/ablation";
import { PROFILES } from "./bench/measure";
import { parseBenchOptions, USAGE, UsageError, type BenchOptions } from "./bench/options";
import { log, Progress } from "./bench/progress";
import { floorRows, machineInfo, routeReport, type BenchReport } from "./bench/report-model";
import { htmlReport } from "./bench/report-html";
import { alignedTable, markdownTable, noiseWarnings, terminalTable } from "./bench/report-text";
import { startBenchServer, stopOnSignals, wasInterrupted, type BenchServer } from "./bench/server";
import { formatMs } from "./bench/stats";
import { measureModes, warmUp, type RunRecord } from "./bench/views";

const ABLATION_RUNS = 3;

/**
 * The browser starts first: when it cannot, the command fails before it has built, seeded or
 * started anything. From then on, whatever it started is stopped on the way out, on an error
 * or on Ctrl-C alike.
 */
async function bench(options: BenchOptions): Promise<number> {
  const started = Date.now();
  const profile = PROFILES[options.profile]!;
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false });
  stopOnSignals(() => browser.close());
  let server: BenchServer | null = null;
  try {
    server = options.url ? null : await startBenchServer(log);
    const base = options.url ?? server!.url;
    log(`Warming up ${base} (thumbnails, compression, JIT)…`);
    await warmUp(browser, base, options.routes, ["naive", "optimized"]);
    const ablationRuns = Math.min(options.runs, ABLATION_RUNS);
    const progress = new Progress(options.routes.length * options.runs * 2 + (options.ablation ? ablationRunCount() * ablationRuns : 0));
    log(`Measuring ${options.routes.join(", ")}: ${options.runs} runs a mode, profile ${profile.name}${options.cpuSlowdown > 1 ? `, CPU ${options.cpuSlowdown}x slower` : ""}, 1366x768.`);
    const conditions = { profile, cpuSlowdown: options.cpuSlowdown };
    const records = await measureModes(browser, base, options.routes, options.runs, conditions, (r) =>
      progress.step(`${r.route} ${r.mode} run ${r.run}: ${formatMs(r.first.loadMs)}`),
    );
    let ablationRecords: RunRecord[] = [];
    if (options.ablation) {
      ablationRecords = await runAblation(browser, base, options.routes[0]!, ablationRuns, conditions, (label) => progress.step(`ablation, ${label}`));
    }
    const routes = options.routes.map((route) => routeReport(records, route));
    const machine = machineInfo(browser.version());
    const report: BenchReport = {
      meta: `${new Date().toISOString()} · profile ${profile.name} (${profile.downloadKbps || "∞"} kbps down, ${profile.latencyMs} ms) · ${options.runs} runs a mode · CPU slowdown ${options.cpuSlowdown}x · ${machine.os} · ${machine.cpu} · ${machine.memoryGiB} GiB · Node ${machine.node} · Chromium ${machine.browser}`,
      machine,
      routes,
      floors: floorRows(records, options.routes, profile),
      warnings: routes.flatMap((r) => noiseWarnings(r.rows).map((w) => `${r.route}: ${w}`)),
      ablation: options.ablation ? ablationTable(ablationRecords, records) : null,
    };
    writeReports(options, report, records, ablationRecords);
    printSummary(report, options, Date.now() - started);
    const speedup = routes[0]!.speedup;
    if (options.assertSpeedup !== null && !(speedup >= options.assertSpeedup)) {
      console.error(`\nThe median load-time ratio on ${routes[0]!.route} is ${speedup.toFixed(2)}x, below the required ${options.assertSpeedup}x.`);
      return 1;
    }
    return 0;
  } finally {
    await browser.close();
    await server?.stop();
  }
}

function writeReports(options: BenchOptions, report: BenchReport, records: RunRecord[], ablation: RunRecord[]): void {
  mkdirSync(options.out, { recursive: true });
  const json = JSON.stringify({ options, machine: report.machine, profile: PROFILES[options.profile], runs: records, ablationRuns: ablation }, null, 1);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  writeFileSync(path.join(options.out, `bench-${stamp}.json`), json);
  writeFileSync(path.join(options.out, "latest.json"), json);
  const markdown = [`# fastblog benchmark`, "", report.meta, "", ...report.routes.flatMap((r) => [`## ${r.route}`, "", r.headline, "", markdownTable(r.rows), ""]), "## Physical floor", "", "| route | mode | floor | measured | measured / floor |", "|---|---|---:|---:|---:|", ...report.floors.map((f) => `| ${f.join(" | ")} |`), ""];
  if (report.ablation) markdown.push("## Ablation", "", report.ablation.verdict, "", `| ${report.ablation.head.join(" | ")} |`, `|${report.ablation.head.map(() => "---").join("|")}|`, ...report.ablation.rows.map((r) => `| ${r.join(" | ")} |`), "");
  if (report.warnings.length > 0) markdown.push("## Warnings", "", ...report.warnings.map((w) => `- ${w}`), "");
  writeFileSync(path.join(options.out, "latest.md"), markdown.join("\n"));
  writeFileSync(path.join(options.out, "latest.html"), htmlReport(report));
}

function printSummary(report: BenchReport, options: BenchOptions, elapsedMs: number): void {
  for (const route of report.routes) console.log(`\n${route.route}: ${route.headline}\n\n${terminalTable(route.rows)}`);
  console.log(`\nPhysical floor (the least the link allows):`);
  for (const [route, mode = "", floor, measured, multiple] of report.floors) console.log(`  ${route} ${mode.padEnd(9)} floor ${floor}, measured ${measured}, ${multiple} the floor`);
  if (report.ablation) console.log(`\nAblation: ${report.ablation.verdict}\n\n${alignedTable(report.ablation.head, report.ablation.rows, "  ")}`);
  for (const warning of report.warnings) console.log(`\n⚠ ${warning}`);
  console.log(`\n"!" marks a timing whose runs vary by more than half the median. Reports: ${path.join(options.out, "latest.{json,md,html}")}`);
  console.log(`The benchmark took ${(elapsedMs / 1000).toFixed(0)} s.`);
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
