import { arch, cpus, platform, release, totalmem } from "node:os";
import type { AblationTable } from "./ablation-table";
import { cacheFindings } from "./caching";
import type { FloorRow } from "./floor";
import type { Profile } from "./measure";
import type { TextTable } from "./report-text";
import { formatMs, formatRatio, median } from "./stats";
import { summarize, type MetricRow } from "./summary";
import type { RunRecord } from "./views";

export type RouteReport = { route: string; rows: MetricRow[]; headline: string; sampleRuns: RunRecord[]; speedup: number; findings: TextTable[] };

export type BenchReport = {
  meta: string;
  profile: Profile;
  machine: Record<string, string | number>;
  routes: RouteReport[];
  floors: FloorRow[];
  warnings: string[];
  ablation: AblationTable | null;
};

export function machineInfo(browserVersion: string): Record<string, string | number> {
  return {
    os: `${platform()} ${release()} ${arch()}`,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    browser: browserVersion,
  };
}

/**
 * The run the waterfall and the lists show: the one whose load time is closest to its mode's
 * median. With an even number of runs the median falls between two runs; the earlier of the
 * two closest is taken.
 */
export function medianRun(records: RunRecord[]): RunRecord {
  const middle = median(records.map((r) => r.first.loadMs));
  return records.reduce((best, r) => (Math.abs(r.first.loadMs - middle) < Math.abs(best.first.loadMs - middle) ? r : best));
}

export function routeReport(records: RunRecord[], route: string): RouteReport {
  const rows = summarize(records, route);
  const load = rows.find((r) => r.metric.key === "load")!;
  const speedup = load.naive.median / load.optimized.median;
  const headline = `Optimized loads ${formatRatio(load.naive.median, load.optimized.median)} faster: ${formatMs(load.naive.median)} → ${formatMs(load.optimized.median)} (the original: 6.02 s → 875 ms, 6.9x).`;
  const sampleRuns = ["naive", "optimized"].map((mode) => medianRun(records.filter((r) => r.route === route && r.mode === mode)));
  const findings = sampleRuns.flatMap((run) => cacheFindings(`${run.mode} (run ${run.run})`, run.first.waterfall));
  return { route, rows, headline, sampleRuns, speedup, findings };
}
