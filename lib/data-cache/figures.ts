import type { DataCacheFigures } from "../contract/server-timing";
import type { DataCacheLookup } from "./store";

/** What a page's lookups add up to, for its Server-Timing; null for a page that made none (every mode but data-cache's). */
export function dataCacheFigures(lookups: readonly DataCacheLookup[] | undefined): DataCacheFigures | null {
  if (!lookups || lookups.length === 0) return null;
  const count = (outcome: DataCacheLookup["outcome"]) => lookups.filter((l) => l.outcome === outcome).length;
  return {
    store: lookups[0]!.store,
    hits: count("hit"),
    misses: count("miss"),
    errors: count("error"),
    ageMs: Math.max(0, ...lookups.filter((l) => l.outcome === "hit").map((l) => l.ageMs)),
  };
}
