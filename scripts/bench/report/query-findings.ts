import type { QueryFindings } from "../types/artifacts";
import type { BenchResult } from "../types/results";
import type { ReportSection } from "./section";

/**
 * Where the queries came from: for each route and mode, what the debug panel found, by kind,
 * with the line that made the queries and the technique that fixes them, as Bullet's log lists
 * its detections. Null when the server gave no findings (its debug panel off).
 */
export function queryFindingsSection(report: BenchResult): ReportSection | null {
  const all = report.routes.flatMap((r) => r.queryFindings);
  if (all.length === 0) return null;
  return {
    title: "Where the queries came from",
    paragraphs: [
      "What the debug panel found in each page's queries (`npm run queries` lists the same for every page): each finding with how many statements it covers, the line of the project's own code that made them, and the technique whose optimized variant fixes it.",
    ],
    tables: all.map(findingsTable),
  };
}

function findingsTable({ route, mode, queries, withCallSite, findings }: QueryFindings) {
  const kinds = new Set(findings.map((f) => f.kind)).size;
  return {
    title: `${route}, ${mode}: ${queries} queries, ${withCallSite} with their line; ${findings.length} findings of ${kinds} kinds`,
    head: ["kind", "statements", "call site", "fixed by"],
    rows: [...findings]
      .sort((a, b) => a.kind.localeCompare(b.kind) || b.count - a.count)
      .map((f) => [
        f.kind,
        String(f.count),
        f.callSite ?? "(none found)",
        f.technique.fix ? `${f.technique.name} (${f.technique.fix})` : f.technique.name,
      ]),
  };
}
