import { parseServerTiming } from "../../../lib/contract/server-timing";
import type { ViewMetrics } from "../types/artifacts";

/** A figure the header did not give (or gave unreadable) is unknown, not zero. */
const known = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** What the server says a page cost, from its Server-Timing header, read with the contract's parser. */
export function serverFigures(header: string | null): Pick<ViewMetrics, "queries" | "duplicates" | "serverMs" | "dbMs"> {
  const figures = parseServerTiming(header);
  if (!figures) return { queries: null, duplicates: null, serverMs: null, dbMs: null };
  return {
    queries: known(figures.queries),
    duplicates: known(figures.duplicates),
    serverMs: known(figures.totalMs),
    dbMs: known(figures.dbMs),
  };
}
