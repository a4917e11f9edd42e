import type { BenchOptions } from "../types/settings";
import type { Measured, Provenance } from "../types/artifacts";
import type { BenchJson, BenchReport } from "../types/results";

/** Bumped whenever latest.json changes shape; files without one are the first shape. */
export const SCHEMA_VERSION = 2;

/** The JSON report: every run's raw figures and everything computed, with what produced them. */
export function jsonReport(
  options: BenchOptions,
  report: BenchReport,
  measured: Measured,
  provenance: Provenance,
  artifacts: Record<string, string>,
): BenchJson {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    ...provenance,
    machine: report.machine,
    options,
    database: report.database,
    profile: report.profile,
    runs: measured.records,
    calibration: measured.calibration,
    floors: report.floors,
    ablationRuns: measured.ablation,
    ablation: report.ablation,
    lighthouseRuns: measured.lighthouse,
    lighthouse: report.lighthouse,
    budget: report.budget,
    comparison: report.comparison,
    artifacts,
  };
}
