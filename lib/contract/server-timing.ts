/**
 * The `Server-Timing` header every page carries, with its one writer and its one parser: the
 * server writes it, the debug panel, the end-to-end tests and the benchmark read it. Nothing else
 * spells its metric names or parses it.
 */

/** The metrics' names, in the order they are written. */
export const METRICS = {
  db: "db",
  duplicates: "dup",
  findings: "find",
  roundTrips: "rtt",
  dataCache: "cache",
  total: "total",
  mode: "mode",
  requestId: "req",
} as const;

/** What a page cost, as its `Server-Timing` header says it. */
export type ServerTimingFigures = {
  /** Database queries the page ran. */
  queries: number;
  /** Queries that repeated an earlier one exactly (same SQL, same parameters). */
  duplicates: number;
  /** What the debug panel found wrong with the queries (N+1s, duplicates…); null without the panel. */
  findings: number | null;
  /** Time spent in the database driver, in milliseconds. */
  dbMs: number;
  /** Round trips to the database server: one a query on PostgreSQL, none on SQLite. */
  roundTrips: number;
  /**
   * How much of `dbMs` those round trips account for: round trips × the latency the server adds
   * to each (DB_LATENCY_MS); 0 without it, since the loopback's own is too small to tell apart.
   */
  roundTripMs: number;
  /** What the data cache did for the page (cached mode, lib/techniques/data-cache.ts); null when it is off. */
  dataCache: DataCacheFigures | null;
  /** Server time from the request's arrival to the page being complete, in milliseconds. */
  totalMs: number;
  /** The mode the page was rendered in: naive, optimized, or a technique list. */
  mode: string;
  /** The request's id in the debug history; null for a client that may not see the debug panel. */
  requestId: string | null;
};

/**
 * The data cache's part of a page: the store it used, how many of the page's data functions it
 * answered (hits), loaded and kept (misses) or left to the database because the store failed
 * (errors), and the age of the oldest entry it answered with.
 */
export type DataCacheFigures = { store: "redis" | "memory"; hits: number; misses: number; errors: number; ageMs: number };

/**
 * `Server-Timing: db;dur=41.20;desc="172 queries", dup;desc="38", find;desc="7", rtt;dur=172.00;desc="172 round trips", total;dur=168.90, mode;desc="naive", req;desc="…"`
 * (W3C Server Timing: metrics separated by commas, each with `dur` and `desc` parameters).
 */
export function formatServerTiming(figures: ServerTimingFigures): string {
  return [
    `${METRICS.db};dur=${figures.dbMs.toFixed(2)};desc="${figures.queries} ${figures.queries === 1 ? "query" : "queries"}"`,
    `${METRICS.duplicates};desc="${figures.duplicates}"`,
    ...(figures.findings === null ? [] : [`${METRICS.findings};desc="${figures.findings}"`]),
    `${METRICS.roundTrips};dur=${figures.roundTripMs.toFixed(2)};desc="${figures.roundTrips} round ${figures.roundTrips === 1 ? "trip" : "trips"}"`,
    ...(figures.dataCache === null ? [] : [formatDataCache(figures.dataCache)]),
    `${METRICS.total};dur=${figures.totalMs.toFixed(2)}`,
    `${METRICS.mode};desc="${figures.mode}"`,
    ...(figures.requestId === null ? [] : [`${METRICS.requestId};desc="${figures.requestId}"`]),
  ].join(", ");
}

/** `cache;dur=12000.00;desc="memory: 2 hits, 0 misses, 0 errors"`: dur is the oldest hit's age. */
function formatDataCache({ store, hits, misses, errors, ageMs }: DataCacheFigures): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const desc = `${store}: ${count(hits, "hit", "hits")}, ${count(misses, "miss", "misses")}, ${count(errors, "error", "errors")}`;
  return `${METRICS.dataCache};dur=${ageMs.toFixed(2)};desc="${desc}"`;
}

function parseDataCache(params: Record<string, string> | undefined): DataCacheFigures | null {
  const match = /^(redis|memory): (\d+) hits?, (\d+) miss(?:es)?, (\d+) errors?$/.exec(params?.desc ?? "");
  if (!match) return null;
  const [, store, hits, misses, errors] = match;
  return {
    store: store as DataCacheFigures["store"],
    hits: Number(hits),
    misses: Number(misses),
    errors: Number(errors),
    ageMs: Number(params?.dur ?? NaN),
  };
}

/** One metric of a Server-Timing header: its name and its parameters (`dur`, `desc`, …). */
export type ServerTimingMetric = { name: string; params: Record<string, string> };

/**
 * Reads any Server-Timing header into its metrics. Commas and semicolons inside a quoted
 * description belong to it (a technique list has commas); newlines separate repeated headers,
 * as the DevTools Protocol joins them.
 */
export function parseServerTimingHeader(header: string | null | undefined): ServerTimingMetric[] {
  const metrics: ServerTimingMetric[] = [];
  for (const entry of splitOutsideQuotes(header ?? "", /[,\n]/)) {
    const [name, ...params] = splitOutsideQuotes(entry, /;/).map((part) => part.trim());
    if (!name) continue;
    const metric: ServerTimingMetric = { name, params: {} };
    for (const param of params) {
      const eq = param.indexOf("=");
      if (eq < 0) continue;
      const value = param.slice(eq + 1).trim();
      metric.params[param.slice(0, eq).trim().toLowerCase()] = unquote(value);
    }
    metrics.push(metric);
  }
  return metrics;
}

/** fastblog's figures from a page's Server-Timing header, or null when it has none of them. */
export function parseServerTiming(header: string | null | undefined): ServerTimingFigures | null {
  const metrics = new Map(parseServerTimingHeader(header).map((m) => [m.name, m.params]));
  const db = metrics.get(METRICS.db);
  if (!db) return null;
  return {
    queries: Number.parseInt(db.desc ?? "", 10),
    duplicates: Number(metrics.get(METRICS.duplicates)?.desc ?? NaN),
    findings: metrics.has(METRICS.findings) ? Number(metrics.get(METRICS.findings)?.desc ?? NaN) : null,
    dbMs: Number(db.dur ?? NaN),
    roundTrips: Number.parseInt(metrics.get(METRICS.roundTrips)?.desc ?? "", 10),
    roundTripMs: Number(metrics.get(METRICS.roundTrips)?.dur ?? NaN),
    dataCache: parseDataCache(metrics.get(METRICS.dataCache)),
    totalMs: Number(metrics.get(METRICS.total)?.dur ?? NaN),
    mode: metrics.get(METRICS.mode)?.desc ?? "",
    requestId: metrics.get(METRICS.requestId)?.desc ?? null,
  };
}

function splitOutsideQuotes(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === "\\" && quoted) {
      current += c + (text[i + 1] ?? "");
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (!quoted && separator.test(c)) {
      parts.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  if (!value.startsWith('"') || !value.endsWith('"') || value.length < 2) return value;
  return value.slice(1, -1).replace(/\\(.)/g, "$1");
}
