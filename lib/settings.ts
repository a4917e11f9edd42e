import { availableParallelism } from "node:os";
import path from "node:path";
import { DEFAULT_THUMBNAIL_QUALITY, THUMBNAIL_QUALITIES } from "./contract/urls/thumbnails";
import { OPTIMIZED, parseMode, type Mode } from "./contract/mode";

/**
 * Every environment variable fastblog reads, read and checked here and nowhere else (as
 * create-t3-app's `createEnv` does). Each reader checks its value and says what is wrong and
 * what to do; `checkSettings` reads them all before the server starts, so that a typo stops it
 * at once with a message instead of hanging resizes or failing requests later. The readers read
 * the environment on each call, so a test or a script can set a variable before it starts work.
 */
export class SettingError extends Error {}

/** A variable's value, trimmed; undefined when unset or empty (create-t3-app's `emptyStringAsUndefined`). */
function read(name: string): string | undefined {
  return process.env[name]?.trim() || undefined;
}

/** `raw` as a whole number from min to max, or undefined when it is anything else. */
export function parseWholeNumber(raw: string, min: number, max: number): number | undefined {
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min && value <= max ? value : undefined;
}

function wholeNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = parseWholeNumber(raw, min, max);
  if (value === undefined) {
    throw new SettingError(`${name} must be a whole number from ${min} to ${max}; got "${raw}". Unset it for the default (${fallback}).`);
  }
  return value;
}

/** The default database: a SQLite file inside the project, created by `npm start`. */
export const DEFAULT_DATABASE_URL = "file:./data/fastblog.db";

/** `DATABASE_URL`: a `file:` SQLite path or a `postgresql://` URL; the embedded SQLite file when unset. */
export function databaseUrl(): string {
  return read("DATABASE_URL") ?? DEFAULT_DATABASE_URL;
}

/**
 * `DB_LATENCY_MS`: milliseconds added to every round trip between the server and PostgreSQL, as
 * to a database in another zone (0.5 to 2 ms) or region (20 ms or more); 0, none, when unset.
 * A proxy inside the server delays each direction by half of it (lib/db/latency/proxy.ts).
 */
export function dbLatencyMs(): number {
  const raw = read("DB_LATENCY_MS");
  if (raw === undefined) return 0;
  const value = parseLatencyMs(raw);
  if (value === undefined) {
    throw new SettingError(`DB_LATENCY_MS must be milliseconds from 0 to 10000, such as 1 or 0.5; got "${raw}". Unset it for none.`);
  }
  return value;
}

/** `raw` as a latency: milliseconds from 0 to 10000, with at most three decimals; undefined when it is anything else. */
export function parseLatencyMs(raw: string): number | undefined {
  const value = Number(raw);
  return /^\d+(\.\d{1,3})?$/.test(raw) && value <= 10_000 ? value : undefined;
}

/**
 * The server's pool of PostgreSQL connections (lib/db/prisma-client.ts; the README says how it is
 * sized): `DB_POOL_SIZE` (10) connections at most, and `DB_POOL_TIMEOUT_MS` (2000), how long a
 * query may wait for one, free or new, before its page is answered 503 with Retry-After.
 */
export function databasePool(): { size: number; timeoutMs: number } {
  return { size: wholeNumber("DB_POOL_SIZE", 10, 1, 1_000), timeoutMs: wholeNumber("DB_POOL_TIMEOUT_MS", 2_000, 100, 600_000) };
}

/** `MEDIA_DIR`: uploaded originals and the thumbnail cache; `./media` when unset. */
export function mediaRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ read("MEDIA_DIR") ?? path.join(process.cwd(), "media"));
}

/** `PORT`: where the server listens; 0 picks a free port. */
export function serverPort(fallback = 3000): number {
  return wholeNumber("PORT", fallback, 0, 65_535);
}

/** `BLOG_MODE`: the mode of requests that chose none; `optimized` when unset. */
export function defaultMode(): Mode {
  const raw = read("BLOG_MODE");
  if (raw === undefined) return OPTIMIZED;
  const parsed = parseMode(raw);
  if (!parsed.ok) throw new SettingError(`BLOG_MODE is not valid: ${parsed.error}`);
  return parsed.mode;
}

/** `DEBUG_PANEL`: on unless `0`. */
export function debugPanelEnabled(): boolean {
  const raw = read("DEBUG_PANEL") ?? "";
  if (!["", "0", "1"].includes(raw)) throw new SettingError(`DEBUG_PANEL must be 0 (off) or 1 (on); got "${raw}".`);
  return raw !== "0";
}

/** `THUMBNAIL_QUALITY`: one of THUMBNAIL_QUALITIES, 75 when unset. */
export function thumbnailQuality(): number {
  const raw = read("THUMBNAIL_QUALITY");
  if (raw === undefined) return DEFAULT_THUMBNAIL_QUALITY;
  const value = Number(raw);
  if (!(THUMBNAIL_QUALITIES as readonly number[]).includes(value)) {
    throw new SettingError(`THUMBNAIL_QUALITY must be one of ${THUMBNAIL_QUALITIES.join(", ")}; got "${raw}".`);
  }
  return value;
}

/** `THUMBNAIL_CONCURRENCY`: resizes at once; by default every core but one, so pages keep rendering. */
export function thumbnailConcurrency(): number {
  return wholeNumber("THUMBNAIL_CONCURRENCY", Math.max(1, availableParallelism() - 1), 1, 256);
}

/** `THUMBNAIL_CACHE_MB`: the most the thumbnail cache may hold on disk. */
export function thumbnailCacheBytes(): number {
  return wholeNumber("THUMBNAIL_CACHE_MB", 256, 1, 1_048_576) * 1024 * 1024;
}

/**
 * How the server holds up against hostile connections (README, "Security and reliability"):
 *  - `MAX_REQUESTS_PER_CONNECTION` (100, Apache's `MaxKeepAliveRequests`): requests one
 *    connection may make before the server closes it, like nginx's `keepalive_requests`;
 *  - `SEND_TIMEOUT_S` (30): how long an answer may wait for a client that reads nothing before
 *    the connection is closed, like nginx's `send_timeout`.
 */
export function connectionLimits(): { maxRequestsPerConnection: number; sendTimeoutMs: number } {
  return {
    maxRequestsPerConnection: wholeNumber("MAX_REQUESTS_PER_CONNECTION", 100, 1, 100_000),
    sendTimeoutMs: wholeNumber("SEND_TIMEOUT_S", 30, 1, 3_600) * 1000,
  };
}

/**
 * When pages are shed with 503 (lib/server/load-shedding.ts): `PAGE_CONCURRENCY` (2) pages render
 * at once, `PAGE_QUEUE` (32) more wait, none longer than `PAGE_QUEUE_WAIT_MS` (2000), and while
 * pages render, no new one is taken when the event loop's mean delay is over
 * `MAX_EVENT_LOOP_DELAY_MS` (250). Pages
 * render on the one JavaScript thread and SQLite answers in it, so more at once only take turns
 * and each takes longer; raise it for a database across a network, where pages wait on it.
 */
export function pageShedding(): { concurrency: number; queue: number; queueWaitMs: number; maxEventLoopDelayMs: number } {
  return {
    concurrency: wholeNumber("PAGE_CONCURRENCY", 2, 1, 256),
    queue: wholeNumber("PAGE_QUEUE", 32, 0, 10_000),
    queueWaitMs: wholeNumber("PAGE_QUEUE_WAIT_MS", 2_000, 100, 600_000),
    maxEventLoopDelayMs: wholeNumber("MAX_EVENT_LOOP_DELAY_MS", 250, 10, 60_000),
  };
}

/**
 * How many thumbnails may wait for a resize (lib/media/fair-queue.ts): `THUMBNAIL_QUEUE` (128) in
 * all, and `THUMBNAIL_QUEUE_PER_CLIENT` (16) from one client address; more are answered 503.
 */
export function thumbnailQueue(): { total: number; perClient: number } {
  return { total: wholeNumber("THUMBNAIL_QUEUE", 128, 1, 100_000), perClient: wholeNumber("THUMBNAIL_QUEUE_PER_CLIENT", 16, 1, 100_000) };
}

/** The largest seed scale: 10,000 times the blog is about 2 million articles and 30 million comments. */
export const MAX_SEED_SCALE = 10_000;

/** `SEED_SCALE`: how many times the blog's articles and comments the seed writes; 1 (the blog as it is) when unset. */
export function seedScale(): number {
  return wholeNumber("SEED_SCALE", 1, 1, MAX_SEED_SCALE);
}

/** `CHROMIUM_PATH`: the browser the tests and the benchmark drive; undefined to look for one. */
export function chromiumPath(): string | undefined {
  return read("CHROMIUM_PATH");
}

/** `CI`: set by CI services (`true`); there, tests that need PostgreSQL fail when it is missing instead of skipping. */
export function continuousIntegration(): boolean {
  const raw = read("CI");
  return raw !== undefined && !["0", "false"].includes(raw.toLowerCase());
}

/** `E2E_PORT` and `E2E_REUSE_SERVER=1`: where the end-to-end tests' server listens, and whether to reuse one. */
export function e2eServer(): { port: number; reuse: boolean } {
  return { port: wholeNumber("E2E_PORT", 3210, 1, 65_535), reuse: read("E2E_REUSE_SERVER") === "1" };
}

/** Reads every setting of the server once, and throws a SettingError naming the first bad one. */
export function checkSettings(): void {
  const readers = [serverPort, thumbnailConcurrency, thumbnailCacheBytes, debugPanelEnabled, thumbnailQuality, defaultMode, seedScale];
  for (const readSetting of [...readers, connectionLimits, pageShedding, thumbnailQueue, dbLatencyMs, databasePool]) readSetting();
}
