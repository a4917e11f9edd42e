import { availableParallelism } from "node:os";
import path from "node:path";
import { OPTIMIZED, parseMode, type Mode } from "./contract/mode";
import { DEFAULT_THUMBNAIL_QUALITY, THUMBNAIL_QUALITIES } from "./contract/urls/thumbnails";
import { isInstanceName } from "./contract/instance";
import { parseCidr, type Cidr } from "./util/cidr";

/**
 * Every environment variable the server and its commands read, declared once in one table
 * (create-t3-app's `createEnv`): its kind, its default and what it does. Each is read through
 * `setting(name)` and nowhere else; `checkSettings` reads them all in one pass and reports every
 * bad value at once. docs/configuration.md's table is generated from this one
 * (`npm run docs:settings`), and a test fails when the two drift. Values are read on each call,
 * so that a test or a script can set a variable before it starts work. The test harness's own
 * variables (CI, CHROMIUM_PATH, E2E_PORT) are kept apart, in scripts/harness-settings.ts.
 */
export class SettingError extends Error {}

/** One variable: how to read it, and how the docs show it. */
export type Spec<T> = {
  /** What it does, one sentence or two, for the docs. */
  doc: string;
  /** Its default, as the docs show it. */
  shown: string;
  /** The value of a raw setting (trimmed; undefined when unset or empty), or a SettingError naming what is wrong. */
  read(name: string, raw: string | undefined): T;
};

/** `raw` as a whole number from min to max, or undefined when it is anything else. */
export function parseWholeNumber(raw: string, min: number, max: number): number | undefined {
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min && value <= max ? value : undefined;
}

/** `raw` as a latency: milliseconds from 0 to 10000, with at most three decimals; undefined when it is anything else. */
export function parseLatencyMs(raw: string): number | undefined {
  const value = Number(raw);
  return /^\d+(\.\d{1,3})?$/.test(raw) && value <= 10_000 ? value : undefined;
}

export function wholeNumber(
  doc: string,
  { fallback, min, max, shown }: { fallback: () => number; min: number; max: number; shown?: string },
) {
  return {
    doc,
    shown: shown ?? String(fallback()),
    read(name: string, raw: string | undefined): number {
      if (raw === undefined) return fallback();
      const value = parseWholeNumber(raw, min, max);
      if (value === undefined)
        throw new SettingError(
          `${name} must be a whole number from ${min} to ${max}; got "${raw}". Unset it for the default (${shown ?? fallback()}).`,
        );
      return value;
    },
  } satisfies Spec<number>;
}

export function text(doc: string, { fallback, shown }: { fallback?: string; shown?: string } = {}) {
  return {
    doc,
    shown: shown ?? (fallback === undefined ? "unset" : `\`${fallback}\``),
    read: (_name: string, raw: string | undefined) => raw ?? fallback,
  } satisfies Spec<string | undefined>;
}

function custom<T>(doc: string, shown: string, read: (name: string, raw: string | undefined) => T): Spec<T> {
  return { doc, shown, read };
}

/** One list for each text, so that a check reuses the compiled list. */
const cidrLists = new Map<string, readonly Cidr[]>();

/** A setting that lists addresses and CIDR ranges, separated by commas (lib/util/cidr.ts). */
function cidrList(doc: string, { fallback, shown }: { fallback: string; shown: string }): Spec<readonly Cidr[]> {
  return custom(doc, shown, (name, raw) => {
    const text = raw ?? fallback;
    if (!cidrLists.has(text)) {
      const entries = text === "" ? [] : text.split(",").map((part) => [part, parseCidr(part)] as const);
      const bad = entries.find(([, entry]) => entry === null);
      if (bad)
        throw new SettingError(
          `${name} must list addresses or CIDR ranges, such as 127.0.0.0/8,::1,10.0.0.0/8; "${bad[0].trim()}" is neither.`,
        );
      cidrLists.set(
        text,
        entries.map(([, entry]) => entry!),
      );
    }
    return cidrLists.get(text)!;
  });
}

/** The default database: a SQLite file inside the project, created by `npm start`. */
export const DEFAULT_DATABASE_URL = "file:./data/fastblog.db";

/** The largest seed scale: 10,000 times the blog is about 2 million articles and 30 million comments. */
export const MAX_SEED_SCALE = 10_000;

/** The server's variables, in the order the docs list them. */
export const SETTINGS = {
  PORT: wholeNumber("Where the server listens; 0 picks a free port.", { fallback: () => 3000, min: 0, max: 65_535 }),
  BLOG_MODE: custom(
    "The mode of requests that chose none: `naive`, `optimized`, `cached` or a technique list.",
    "`optimized`",
    (name, raw) => {
      if (raw === undefined) return OPTIMIZED;
      const parsed = parseMode(raw);
      if (!parsed.ok) throw new SettingError(`${name} is not valid: ${parsed.error}`);
      return parsed.mode as Mode;
    },
  ),
  DATABASE_URL: text("A `file:` SQLite path, or a `postgresql://` URL.", { fallback: DEFAULT_DATABASE_URL }),
  DB_LATENCY_MS: custom(
    "Milliseconds added to every round trip to PostgreSQL, as to a database in another zone (0.5 to 2) or region (20 or more); a proxy inside the server delays each direction by half of it.",
    "0",
    (name, raw) => {
      if (raw === undefined) return 0;
      const value = parseLatencyMs(raw);
      if (value === undefined)
        throw new SettingError(`${name} must be milliseconds from 0 to 10000, such as 1 or 0.5; got "${raw}". Unset it for none.`);
      return value;
    },
  ),
  DB_POOL_SIZE: wholeNumber("PostgreSQL connections the server's pool opens at most.", { fallback: () => 10, min: 1, max: 1_000 }),
  DB_POOL_TIMEOUT_MS: wholeNumber("How long a query may wait for a pooled connection, free or new, before its page is answered 503.", {
    fallback: () => 2_000,
    min: 100,
    max: 600_000,
  }),
  REDIS_URL: custom(
    "Where cached mode keeps pages' data (docs/data-cache.md), shared by every server that names the same Redis: a `redis://` or `rediss://` URL. Unset, each server keeps it in its own memory.",
    "unset",
    (name, raw) => {
      if (raw === undefined) return undefined;
      if (!/^rediss?:\/\/[^\s]+$/.test(raw))
        throw new SettingError(`${name} must be a redis:// or rediss:// URL; got "${raw.slice(0, 80)}".`);
      return raw;
    },
  ),
  DATA_CACHE_TTL_SECONDS: wholeNumber("How long cached mode keeps a page's data before it reads it from the database again.", {
    fallback: () => 60,
    min: 1,
    max: 86_400,
  }),
  DATA_CACHE_MAX_ENTRIES: wholeNumber("The most page data entries cached mode keeps in the server's memory when REDIS_URL is unset.", {
    fallback: () => 1_000,
    min: 1,
    max: 1_000_000,
  }),
  DATA_CACHE_MAX_MB: wholeNumber("The most memory those entries may take, in megabytes; the least recently used go first.", {
    fallback: () => 32,
    min: 1,
    max: 4_096,
  }),
  MEDIA_DIR: text("Uploaded originals and the thumbnail cache.", { shown: "`./media`" }),
  SEED_SCALE: wholeNumber(
    "How many times the blog's articles and comments the seed writes (`--scale` of `db:seed` and `db:reset` wins over it).",
    { fallback: () => 1, min: 1, max: MAX_SEED_SCALE },
  ),
  DEBUG_PANEL: custom("`0` removes the debug panel, its endpoint and the plans; `1` (or unset) keeps them.", "`1`", (name, raw) => {
    if (raw !== undefined && raw !== "0" && raw !== "1") throw new SettingError(`${name} must be 0 (off) or 1 (on); got "${raw}".`);
    return raw !== "0";
  }),
  DEBUG_PANEL_ALLOW: cidrList(
    "Who sees the debug panel, its request ids and its endpoint: addresses and CIDR ranges, separated by commas; every other client gets none of them (Django Debug Toolbar's `INTERNAL_IPS`).",
    { fallback: "127.0.0.0/8,::1", shown: "`127.0.0.0/8,::1`" },
  ),
  DEBUG_EXPLAIN_PER_MINUTE: wholeNumber("EXPLAINs one client may ask of the debug endpoint a minute; more are answered 429.", {
    fallback: () => 120,
    min: 1,
    max: 100_000,
  }),
  THUMBNAIL_QUALITY: custom(
    `The quality thumbnails are made at: one of ${THUMBNAIL_QUALITIES.join(", ")}.`,
    String(DEFAULT_THUMBNAIL_QUALITY),
    (name, raw) => {
      if (raw === undefined) return DEFAULT_THUMBNAIL_QUALITY;
      const value = Number(raw);
      if (!(THUMBNAIL_QUALITIES as readonly number[]).includes(value))
        throw new SettingError(`${name} must be one of ${THUMBNAIL_QUALITIES.join(", ")}; got "${raw}".`);
      return value;
    },
  ),
  THUMBNAIL_CONCURRENCY: wholeNumber("Resizes at once; by default every core but one, so that pages keep rendering.", {
    fallback: () => Math.max(1, availableParallelism() - 1),
    min: 1,
    max: 256,
    shown: "cores − 1",
  }),
  THUMBNAIL_CACHE_MB: wholeNumber("The most the thumbnail cache may hold on disk, in megabytes.", {
    fallback: () => 256,
    min: 1,
    max: 1_048_576,
  }),
  THUMBNAIL_MEMORY_CACHE_MB: wholeNumber(
    "Memory libvips may keep for the images and operations of recent resizes (`sharp.cache`); thumbnails are kept on disk, so none by default (sharp's own default is 50).",
    { fallback: () => 0, min: 0, max: 4_096 },
  ),
  THUMBNAIL_QUEUE: wholeNumber("Thumbnails that may wait for a resize, from all clients; more are answered 503.", {
    fallback: () => 128,
    min: 1,
    max: 100_000,
  }),
  THUMBNAIL_QUEUE_PER_CLIENT: wholeNumber("Thumbnails that may wait for a resize from one client address.", {
    fallback: () => 16,
    min: 1,
    max: 100_000,
  }),
  PAGE_CONCURRENCY: wholeNumber(
    "Pages rendered at once. Pages render on one thread and SQLite answers in it, so more only take turns; raise it for a database across a network.",
    { fallback: () => 2, min: 1, max: 256 },
  ),
  PAGE_CONCURRENCY_PER_CLIENT: wholeNumber(
    "Pages rendered at once for one client address; the rest of PAGE_CONCURRENCY is kept for other clients, so that one client whose pages each hold their turn for seconds (a database across a network) cannot take every turn.",
    {
      fallback: (): number => Math.ceil((SETTINGS.PAGE_CONCURRENCY.read("PAGE_CONCURRENCY", readRaw("PAGE_CONCURRENCY")) as number) * 0.75),
      min: 1,
      max: 256,
      shown: "¾ of PAGE_CONCURRENCY, rounded up",
    },
  ),
  PAGE_QUEUE: wholeNumber("Pages that may wait for their turn, from all clients; one more is answered 503 at once.", {
    fallback: () => 32,
    min: 0,
    max: 10_000,
  }),
  PAGE_QUEUE_PER_CLIENT: wholeNumber(
    "Pages that may wait for their turn from one client address; one more of its pages is answered 503 at once. Clients take turns, so one client's flood never holds another's page back for more than a turn.",
    { fallback: () => 8, min: 0, max: 10_000 },
  ),
  PAGE_QUEUE_WAIT_MS: wholeNumber(
    "How long a page may wait for its turn before it is answered 503; a page refused while its client has pages waiting or rendering already is answered 503 only after this long too, so that asking again at once gains a flooding client nothing.",
    { fallback: () => 2_000, min: 100, max: 600_000 },
  ),
  PAGE_DEADLINE_MS: wholeNumber(
    "How long a page may take, from its request to its answer, before it stops at its next query and is answered 503 (gunicorn's worker `timeout`).",
    { fallback: () => 30_000, min: 100, max: 600_000 },
  ),
  MAX_EVENT_LOOP_DELAY_MS: wholeNumber(
    "While pages render, no new page is taken from a client that has one rendering or waiting when the event loop's mean delay is over this.",
    { fallback: () => 250, min: 10, max: 60_000 },
  ),
  FINDING_N_PLUS_ONE: wholeNumber(
    "The debug panel reports an N+1 when one statement shape runs at least this many times, with other parameters, from one line of code.",
    { fallback: () => 5, min: 2, max: 10_000 },
  ),
  TRUSTED_PROXIES: cidrList(
    "The proxies in front of the server (a load balancer, a CDN's edge), as addresses and CIDR ranges separated by commas: only from these is `X-Forwarded-For` believed, and the client is its right-most address that is not itself one of them (nginx's `real_ip_recursive on`). Unset, every client is its socket's peer.",
    { fallback: "", shown: "unset" },
  ),
  INSTANCE_NAME: custom(
    "This server's name among several behind one load balancer (`app-2`): it answers with an `X-Instance` header and starts each debug request id with it, so that the balancer can route the debug panel to it (docs/deploy.md). Lowercase letters, digits and hyphens; unset, no header and no prefix.",
    "unset",
    (name, raw) => {
      if (raw !== undefined && !isInstanceName(raw))
        throw new SettingError(`${name} must be lowercase letters, digits and hyphens, at most 40, such as app-2; got "${raw}".`);
      return raw ?? null;
    },
  ),
  MAX_REQUESTS_PER_CONNECTION: wholeNumber("Requests one connection may make before the server closes it (nginx's `keepalive_requests`).", {
    fallback: () => 100,
    min: 1,
    max: 100_000,
  }),
  SEND_TIMEOUT_S: wholeNumber(
    "How long an answer may wait for a client that reads nothing before its connection is closed (nginx's `send_timeout`).",
    {
      fallback: () => 30,
      min: 1,
      max: 3_600,
    },
  ),
} as const;

export type SettingName = keyof typeof SETTINGS;
type ValueOf<N extends SettingName> = ReturnType<(typeof SETTINGS)[N]["read"]>;

/** A variable's value, trimmed; undefined when unset or empty (create-t3-app's `emptyStringAsUndefined`). */
export function readRaw(name: string): string | undefined {
  return process.env[name]?.trim() || undefined;
}

/** One setting, read and checked now. */
export function setting<N extends SettingName>(name: N): ValueOf<N> {
  return SETTINGS[name].read(name, readRaw(name)) as ValueOf<N>;
}

/** Reads every setting once; throws one SettingError that names every bad one, each on its own line. */
export function checkSettings(): void {
  const errors: string[] = [];
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    try {
      setting(name);
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      errors.push(error.message);
    }
  }
  if (errors.length === 1) throw new SettingError(errors[0]);
  if (errors.length > 1) throw new SettingError(`${errors.length} settings are not valid:\n  - ${errors.join("\n  - ")}`);
}

// The settings as the code uses them, grouped where several go together.

export const databaseUrl = (): string => setting("DATABASE_URL")!;
export const dbLatencyMs = () => setting("DB_LATENCY_MS");
export const databasePool = () => ({ size: setting("DB_POOL_SIZE"), timeoutMs: setting("DB_POOL_TIMEOUT_MS") });
export const mediaRoot = () => path.resolve(/*turbopackIgnore: true*/ setting("MEDIA_DIR") ?? path.join(process.cwd(), "media"));
/** PORT, with the caller's own default when it is unset (the e2e server's is 3210). */
export const serverPort = (fallback = 3000) => (readRaw("PORT") === undefined ? fallback : setting("PORT"));
export const defaultMode = (): Mode => setting("BLOG_MODE");
export const debugPanelEnabled = () => setting("DEBUG_PANEL");
export const thumbnailQuality = () => setting("THUMBNAIL_QUALITY");
export const thumbnailConcurrency = () => setting("THUMBNAIL_CONCURRENCY");
export const thumbnailCacheBytes = () => setting("THUMBNAIL_CACHE_MB") * 1024 * 1024;
export const thumbnailMemoryCacheMb = () => setting("THUMBNAIL_MEMORY_CACHE_MB");
export const seedScale = () => setting("SEED_SCALE");

/** Where and how long cached mode keeps pages' data (lib/data-cache/). */
export const dataCacheSettings = () => ({
  redisUrl: setting("REDIS_URL"),
  ttlSeconds: setting("DATA_CACHE_TTL_SECONDS"),
  maxEntries: setting("DATA_CACHE_MAX_ENTRIES"),
  maxBytes: setting("DATA_CACHE_MAX_MB") * 1024 * 1024,
});

/** How the server holds up against hostile connections (docs/security.md). */
export const connectionLimits = () => ({
  maxRequestsPerConnection: setting("MAX_REQUESTS_PER_CONNECTION"),
  sendTimeoutMs: setting("SEND_TIMEOUT_S") * 1000,
});

/** When pages are shed with 503 (lib/server/load-shedding.ts). */
export const pageShedding = () => ({
  concurrency: setting("PAGE_CONCURRENCY"),
  concurrencyPerClient: setting("PAGE_CONCURRENCY_PER_CLIENT"),
  queue: setting("PAGE_QUEUE"),
  queuePerClient: setting("PAGE_QUEUE_PER_CLIENT"),
  queueWaitMs: setting("PAGE_QUEUE_WAIT_MS"),
  maxEventLoopDelayMs: setting("MAX_EVENT_LOOP_DELAY_MS"),
});

/** Who may see the debug panel: the addresses and CIDR ranges the front checks each client against (lib/util/cidr.ts). */
export const debugPanelAllowList = () => setting("DEBUG_PANEL_ALLOW");

/** The proxies whose X-Forwarded-For names the client (lib/server/client.ts). */
export const trustedProxies = () => setting("TRUSTED_PROXIES");

/** This server's name among several behind a load balancer, or null (lib/contract/instance.ts). */
export const instanceName = () => setting("INSTANCE_NAME");

/** How long a page may take before it is answered 503 (lib/server/steps/page-deadline.ts). */
export const pageDeadlineMs = () => setting("PAGE_DEADLINE_MS");

/** When the debug panel's findings call repeated queries an N+1 (lib/debug/findings.ts). */
export const findingThresholds = () => ({ nPlusOne: setting("FINDING_N_PLUS_ONE") });

/** How many thumbnails may wait for a resize (lib/util/fair-queue.ts), in all and from one client. */
export const thumbnailQueue = () => ({ total: setting("THUMBNAIL_QUEUE"), perClient: setting("THUMBNAIL_QUEUE_PER_CLIENT") });

/** A table of settings as docs/configuration.md shows it, generated from their specs. */
export function settingsTable(table: Record<string, Spec<unknown>>): string {
  const rows = Object.entries(table).map(([name, spec]) => `| \`${name}\` | ${spec.shown} | ${spec.doc.replaceAll("|", "\\|")} |`);
  return ["| variable | default | what it does |", "|---|---|---|", ...rows].join("\n");
}
