import type { BenchJson, BenchResult } from "../types/results";
import { ablationTable } from "./ablation-table";

/** Bumped whenever latest.json changes shape; files without one are the first shape. */
export const SCHEMA_VERSION = 4;

/** The JSON report: every run's raw figures and everything computed, with what produced them and the files beside it. */
export function jsonReport(result: BenchResult, artifacts: Record<string, string>): BenchJson {
  const { measured } = result;
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt: result.createdAt,
    ...result.provenance,
    machine: result.machine,
    options: result.options,
    database: result.database,
    profile: result.profile,
    runs: measured.records,
    calibration: measured.calibration,
    queryFindings: measured.queryFindings,
    floors: result.floors,
    ablationRuns: measured.ablation,
    ablation: result.ablation ? ablationTable(result.ablation, result.database) : null,
    lighthouseRuns: measured.lighthouse,
    lighthouse: result.lighthouse,
    budget: result.budget,
    comparison: result.comparison,
    artifacts,
  };
}
