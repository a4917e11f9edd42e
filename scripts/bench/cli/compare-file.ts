import { readFileSync } from "node:fs";
import type { BenchJson, Comparable } from "../types/results";
import { SCHEMA_VERSION } from "../report/json";
import { UsageError } from "./args";

/**
 * Reads an earlier latest.json for --compare: its runs and Lighthouse runs. Files of the first
 * shape (no schemaVersion) have the same runs and compare too; a newer shape than this code
 * knows is refused rather than misread.
 */
export function readComparable(file: string): { old: Comparable; createdAt: string | null } {
  let json: Partial<BenchJson>;
  try {
    json = JSON.parse(readFileSync(file, "utf8")) as Partial<BenchJson>;
  } catch (error) {
    throw new UsageError(`--compare ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if ((json.schemaVersion ?? 1) > SCHEMA_VERSION)
    throw new UsageError(`--compare ${file} has schemaVersion ${json.schemaVersion}; this benchmark reads up to ${SCHEMA_VERSION}.`);
  if (!Array.isArray(json.runs)) throw new UsageError(`--compare ${file} is not a benchmark report: it has no "runs".`);
  return { old: { runs: json.runs, lighthouse: json.lighthouseRuns ?? [] }, createdAt: json.createdAt ?? null };
}
