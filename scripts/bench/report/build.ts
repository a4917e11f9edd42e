import { checkBudget } from "../compute/budget";
import { calibrationTables } from "../compute/calibration";
import { compareRuns } from "../compute/compare";
import { floorRows } from "../compute/floor";
import { lighthouseReport } from "../compute/lighthouse";
import { medianRun, speedupOf, summarize } from "../compute/summary";
import { PROFILES } from "../config/profiles";
import type { BenchOptions, Profile } from "../types/settings";
import type { MachineInfo, Measured, RunRecord } from "../types/artifacts";
import type { Against, BenchReport, RouteReport } from "../types/results";
import { ablationTable } from "./ablation-table";
import { cacheFindings } from "./findings";
import { formatDatabase, formatMs, formatRatio } from "./format";
import { fewRunsWarnings, noiseWarnings, stallWarnings } from "./warnings";

/** A route's table, its headline against the original article, and the lists of its median runs. */
export function routeReport(records: RunRecord[], route: string, database: string): RouteReport {
  const rows = summarize(records, route);
  const load = rows.find((r) => r.metric.key === "load")!;
  const headline = `Optimized loads ${formatRatio(load.naive.median, load.optimized.median)} faster on ${database}: ${formatMs(load.naive.median)} → ${formatMs(load.optimized.median)} (the original: 6.02 s → 875 ms, 6.9x).`;
  const sampleRuns = ["naive", "optimized"].map((mode) => medianRun(records.filter((r) => r.route === route && r.mode === mode)));
  const findings = sampleRuns.flatMap((run) => cacheFindings(`${run.mode} (run ${run.run})`, run.first.waterfall));
  return { route, rows, headline, sampleRuns, speedup: speedupOf(rows), findings };
}

function metaLine(options: BenchOptions, profile: Profile, machine: MachineInfo): string {
  return `${new Date().toISOString()} · database ${formatDatabase(options.database)} · profile ${profile.name} (${profile.downloadKbps || "∞"} kbps down, ${profile.latencyMs} ms) · ${options.runs} runs a mode · CPU slowdown ${options.cpuSlowdown}x · ${machine.os} · ${machine.cpu} · ${machine.memoryGiB} GiB · Node ${machine.node} · Chromium ${machine.browser}`;
}

/** Everything the Markdown, HTML and terminal reports show, from what the benchmark gathered. */
export function buildReport(options: BenchOptions, measured: Measured, machine: MachineInfo, against: Against): BenchReport {
  const profile = PROFILES[options.profile]!;
  const database = formatDatabase(options.database);
  const routes = options.routes.map((route) => routeReport(measured.records, route, database));
  const lighthouse = options.lighthouse ? lighthouseReport(measured.lighthouse, options.lighthouse, options.routes[0]!) : null;
  return {
    meta: metaLine(options, profile, machine),
    database,
    profile,
    machine,
    routes,
    floors: floorRows(measured.records, options.routes, profile),
    warnings: [
      ...fewRunsWarnings(options.runs),
      ...stallWarnings([...measured.records, ...measured.ablation]),
      ...routes.flatMap((r) => noiseWarnings(r.rows).map((w) => `${r.route}: ${w}`)),
    ],
    ablation: options.ablation ? ablationTable(measured.ablation, database) : null,
    calibration: calibrationTables(measured.records, measured.calibration, options.routes),
    lighthouse,
    budget: against.budget ? checkBudget(against.budget.file, against.budget.entries, measured.records, lighthouse) : null,
    comparison: against.compare
      ? compareRuns(
          against.compare.old,
          { runs: measured.records, lighthouse: measured.lighthouse },
          against.compare.file,
          against.compare.createdAt,
        )
      : null,
  };
}
