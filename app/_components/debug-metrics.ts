/** The figures the debug panel reads from the browser's own Performance API. */

export type ServerTimingSummary = {
  mode: string;
  queries: number;
  duplicates: number;
  dbMs: number;
  totalMs: number;
  requestId: string | null;
};

export type PageWeight = {
  requests: number;
  transferredBytes: number;
  /** Responses of a compressible type (HTML, JS, CSS, JSON) and how many of them came compressed. */
  compressible: number;
  compressed: number;
};

/** Reads the Server-Timing header of the page, as the browser exposes it. */
export function readServerTiming(): ServerTimingSummary | null {
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  const entries = navigation?.serverTiming ?? [];
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const db = byName.get("db");
  if (!db) return null;
  return {
    mode: byName.get("mode")?.description ?? "?",
    queries: Number.parseInt(db.description, 10) || 0,
    duplicates: Number.parseInt(byName.get("dup")?.description ?? "0", 10) || 0,
    dbMs: db.duration,
    totalMs: byName.get("total")?.duration ?? 0,
    requestId: byName.get("req")?.description ?? null,
  };
}

const COMPRESSIBLE = new Set(["navigation", "script", "link", "css", "fetch", "xmlhttprequest"]);

/** Requests, bytes over the network and compression of the page so far (Resource Timing). */
export function pageWeight(): PageWeight {
  const entries = [
    ...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource"),
  ] as PerformanceResourceTiming[];
  let transferredBytes = 0;
  let compressible = 0;
  let compressed = 0;
  for (const entry of entries) {
    transferredBytes += entry.transferSize;
    if (COMPRESSIBLE.has(entry.initiatorType) && entry.decodedBodySize > 1024) {
      compressible += 1;
      if (entry.encodedBodySize < entry.decodedBodySize) compressed += 1;
    }
  }
  return { requests: entries.length, transferredBytes, compressible, compressed };
}
