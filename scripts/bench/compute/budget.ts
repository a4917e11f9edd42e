import type { BudgetEntry, BudgetResourceType } from "../types/settings";
import type { ResourceType, RunRecord } from "../types/artifacts";
import type { BudgetOverrun, BudgetResult, LighthouseReport, Unit } from "../types/results";

const KB = 1024;
const FASTBLOG_TYPE: Record<Exclude<BudgetResourceType, "total">, ResourceType> = {
  document: "html",
  script: "js",
  stylesheet: "css",
  image: "image",
  other: "other",
};

type Limit = { figure: string; unit: Unit; limit: number; value: (r: RunRecord) => number | null };

function bytesOf(type: BudgetResourceType) {
  return (r: RunRecord) => (type === "total" ? r.first.transferBytes : r.first.bytesByType[FASTBLOG_TYPE[type]]);
}

function requestsOf(type: BudgetResourceType) {
  return (r: RunRecord) =>
    type === "total" ? r.first.requests : r.first.waterfall.filter((q) => !q.fromCache && q.type === FASTBLOG_TYPE[type]).length;
}

/** The per-run limits of a budget entry, each with the figure it reads from a run. */
function limitsOf(entry: BudgetEntry): Limit[] {
  return [
    ...(entry.resourceSizes ?? []).map(({ resourceType, budget }) => ({
      figure: `bytes (${resourceType})`,
      unit: "bytes" as const,
      limit: budget * KB,
      value: bytesOf(resourceType),
    })),
    ...(entry.resourceCounts ?? []).map(({ resourceType, budget }) => ({
      figure: `requests (${resourceType})`,
      unit: "count" as const,
      limit: budget,
      value: requestsOf(resourceType),
    })),
    ...(entry.queries === undefined
      ? []
      : [{ figure: "database queries", unit: "count" as const, limit: entry.queries, value: (r: RunRecord) => r.first.queries }]),
    ...(entry.duplicates === undefined
      ? []
      : [{ figure: "duplicated queries", unit: "count" as const, limit: entry.duplicates, value: (r: RunRecord) => r.first.duplicates }]),
  ];
}

/** The Lighthouse score limit, checked on the median of the mode's Lighthouse runs. */
function scoreOverrun(entry: BudgetEntry, route: string, lighthouse: LighthouseReport | null, notes: string[]): BudgetOverrun[] {
  const least = entry.lighthouse?.performance;
  if (least === undefined) return [];
  const page = lighthouse?.route === route ? lighthouse.pages.find((p) => p.mode === entry.mode) : undefined;
  if (!lighthouse || !page) {
    notes.push(`${entry.mode} ${route}: the Lighthouse score limit (${least}) was not checked: run with --lighthouse.`);
    return [];
  }
  if (page.score.median >= least) return [];
  const run = `median of ${page.score.n} Lighthouse run${page.score.n === 1 ? "" : "s"} (${lighthouse.preset})`;
  return [
    {
      mode: entry.mode,
      route,
      run,
      figure: "Lighthouse performance score",
      unit: "score",
      value: page.score.median,
      limit: least,
      below: true,
    },
  ];
}

/**
 * Checks every measured run of each budget entry's mode and route against its limits, and the
 * Lighthouse score against its limit: an overrun names the figure, its value, the limit and the run.
 */
export function checkBudget(file: string, entries: BudgetEntry[], records: RunRecord[], lighthouse: LighthouseReport | null): BudgetResult {
  const overruns: BudgetOverrun[] = [];
  const notes: string[] = [];
  let checked = 0;
  for (const entry of entries) {
    const route = entry.path ?? "/";
    const runs = records.filter((r) => r.route === route && r.mode === entry.mode);
    if (runs.length === 0) notes.push(`${entry.mode} ${route}: not measured in this benchmark, so not checked.`);
    for (const limit of limitsOf(entry)) {
      for (const run of runs) {
        const value = limit.value(run);
        checked += 1;
        if (value === null) notes.push(`${entry.mode} ${route} run ${run.run}: ${limit.figure} unknown (no Server-Timing), not checked.`);
        else if (value > limit.limit)
          overruns.push({
            mode: entry.mode,
            route,
            run: `run ${run.run}`,
            figure: limit.figure,
            unit: limit.unit,
            value,
            limit: limit.limit,
            below: false,
          });
      }
    }
    const notesBefore = notes.length;
    overruns.push(...scoreOverrun(entry, route, lighthouse, notes));
    if (entry.lighthouse && notes.length === notesBefore) checked += 1;
  }
  return { file, checked, overruns, notes };
}
