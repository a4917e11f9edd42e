import { PROFILES } from "../config/profiles";
import { databaseName } from "../config/database";
import type { MachineInfo, Measured, Provenance, QueryFindings, RunRecord } from "../types/artifacts";
import type { Against, BenchResult, RouteResult } from "../types/results";
import type { BenchOptions } from "../types/settings";
import { ablationResult } from "./ablation";
import { checkBudget } from "./budget";
import { cacheFindings } from "./caching";
import { calibrationTables } from "./calibration";
import { compareRuns } from "./compare";
import { filmstripOf } from "./filmstrip";
import { withThumbnails } from "./filmstrip-thumbnails";
import { floorRows } from "./floor";
import { lighthouseReport } from "./lighthouse";
import { medianRun, speedupOf, summarize } from "./summary";
import { fewRunsWarnings, noiseWarnings, stallWarnings } from "./warnings";

/** A route's metrics in both modes, the run nearest each mode's median, and what those runs left uncompressed or short-lived. */
export function routeResult(records: RunRecord[], route: string, queryFindings: QueryFindings[] = []): RouteResult {
  const rows = summarize(records, route);
  const sampleRuns = ["naive", "optimized"].map((mode) => medianRun(records.filter((r) => r.route === route && r.mode === mode)));
  return {
    route,
    rows,
    sampleRuns,
    speedup: speedupOf(rows),
    findings: sampleRuns.map(cacheFindings),
    queryFindings: queryFindings.filter((q) => q.route === route),
  };
}

/**
 * The finished result, computed once from what the benchmark gathered (as Lighthouse's runner
 * turns artifacts into a result): every route's figures, the floor, the warnings, the ablation's
 * ranking, the calibration page, Lighthouse, the budget and the comparison. The terminal, the
 * Markdown, the HTML and the JSON reports only format it. Asynchronous for the filmstrip's
 * thumbnails, which sharp makes from the median runs' screenshots.
 */
export async function computeResult(
  options: BenchOptions,
  measured: Measured,
  machine: MachineInfo,
  provenance: Provenance,
  against: Against,
): Promise<BenchResult> {
  const profile = PROFILES[options.profile]!;
  const routes = options.routes.map((route) => routeResult(measured.records, route, measured.queryFindings));
  const lighthouse = options.lighthouse ? lighthouseReport(measured.lighthouse, options.lighthouse, options.routes[0]!) : null;
  const { budget, compare } = against;
  const filmstrip = filmstripOf(routes[0]!.route, routes[0]!.sampleRuns);
  return {
    createdAt: new Date().toISOString(),
    options,
    database: databaseName(options.database),
    profile,
    machine,
    provenance,
    measured,
    routes,
    floors: floorRows(measured.records, options.routes, profile),
    warnings: [
      ...fewRunsWarnings(options.runs),
      ...stallWarnings([...measured.records, ...measured.ablation]),
      ...routes.flatMap((r) => noiseWarnings(r.rows).map((w) => `${r.route}: ${w}`)),
    ],
    ablation: options.ablation ? ablationResult(measured.ablation) : null,
    calibration: calibrationTables(measured.records, measured.calibration, options.routes),
    lighthouse,
    budget: budget ? checkBudget(budget.file, budget.entries, measured.records, lighthouse) : null,
    comparison: compare
      ? compareRuns(compare.old, { runs: measured.records, lighthouse: measured.lighthouse }, compare.file, compare.createdAt)
      : null,
    filmstrip: filmstrip ? await withThumbnails(filmstrip, measured.screenshots) : null,
  };
}
