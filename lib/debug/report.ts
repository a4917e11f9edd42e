import type { QueryRecord } from "./query-record";
import type { QueryGroup, QueryReport } from "../contract/debug-detail";

function groupBy(queries: QueryRecord[], key: (q: QueryRecord) => string): QueryGroup[] {
  const groups = new Map<string, QueryGroup>();
  for (const q of queries) {
    const k = key(q);
    const group = groups.get(k) ?? { sql: q.sql, params: q.params, count: 0, durationMs: 0 };
    group.count += 1;
    group.durationMs += q.durationMs;
    groups.set(k, group);
  }
  return [...groups.values()].filter((g) => g.count > 1).sort((a, b) => b.count - a.count);
}

export function summarizeQueries(queries: QueryRecord[]): QueryReport {
  const duplicates = groupBy(queries, (q) => `${q.sql}\u0000${q.params}`);
  return {
    count: queries.length,
    durationMs: queries.reduce((sum, q) => sum + q.durationMs, 0),
    duplicateCount: duplicates.reduce((sum, g) => sum + g.count - 1, 0),
    roundTrips: queries.reduce((sum, q) => sum + q.roundTrips, 0),
    similar: groupBy(queries, (q) => q.sql),
    duplicates,
  };
}
