/**
 * What a benchmark is asked to do, before anything is measured: the command lines' options, the
 * link and CPU a run is measured on, the ablation's variants, and the budget file read up front.
 * The first of the three stages' model files (settings → artifacts → results), as Lighthouse's
 * types/config.d.ts and types/settings.
 */
import type { Technique } from "../../../lib/contract/mode";

// ── The command lines ─────────────────────────────────────────────────────────

/** The modes a benchmark or a load test measures (--modes): naive and optimized always, cached when asked. */
export type BenchMode = "naive" | "optimized" | "cached";

/**
 * The database the benchmark's server runs on (--db, --database-url, --db-latency): SQLite in a
 * fresh file, a throwaway PostgreSQL cluster, or the PostgreSQL at `url`; `latencyMs` is added
 * to every round trip between the server and PostgreSQL (DB_LATENCY_MS).
 */
export type DatabaseOptions = { kind: "sqlite" | "postgres"; url: string | null; latencyMs: number };

export type LighthousePreset = "mobile" | "desktop";

export type BenchOptions = {
  runs: number;
  /** naive and optimized, and cached with `--modes naive,optimized,cached`: a third column, and data-cache in the ablation. */
  modes: BenchMode[];
  /** The seed scale of the benchmark's database (1: 210 articles). */
  scale: number;
  /** Scales to measure the scale curve at, in order; null for the browser benchmark. */
  scaleCurve: number[] | null;
  profile: string;
  routes: string[];
  cpuSlowdown: number;
  url: string | null;
  out: string;
  ablation: boolean;
  assertSpeedup: number | null;
  database: DatabaseOptions;
  /** Lighthouse's preset, or null without --lighthouse. */
  lighthouse: LighthousePreset | null;
  lighthouseRuns: number;
  /** A budget file to check the runs against. */
  budget: string | null;
  /** An earlier latest.json to compare with. */
  compare: string | null;
  /** Also export a Chrome trace of the run nearest the median of each mode. */
  trace: boolean;
};

export type LoadTestOptions = {
  modes: BenchMode[];
  connections: number;
  duration: number;
  url: string | null;
  path: string;
  json: string | null;
  database: DatabaseOptions;
  /** Visits through an edge and directly, against the cluster at `url` or one the load test starts (`npm run cluster`). */
  cluster: boolean;
  /** With `cluster`: SIGKILL one instance half-way through each run through the edge. */
  killOne: boolean;
};

// ── How a run is measured ─────────────────────────────────────────────────────

/** A connection profile, applied through the Chrome DevTools Protocol. */
export type Profile = { name: string; downloadKbps: number; uploadKbps: number; latencyMs: number };

/** The profiles by the name `--profile` takes. */
export type Profiles = Record<string, Profile>;

/** The link and CPU a run is measured on. */
export type Conditions = { profile: Profile; cpuSlowdown: number };

/** What a view must be to count: the mode it asks for, and whether it is the first or the repeat view. */
export type Expected = { mode: string; view: "first" | "repeat" };

/** A technique switched on alone on top of naive, or off alone from optimized. */
export type Variant = { label: string; techniques: string; technique: Technique; kind: "alone" | "without" };

// ── The scale curve ───────────────────────────────────────────────────────────

/**
 * How a reader reaches a listing's deep page: by its Next link, whose cursor starts the page where
 * the last ended, or by typing `?page=N` alone, which the server counts off: with OFFSET in naive
 * mode, and in optimized mode by the listing's weekly counts and then inside one week of the index,
 * before it fetches the rows (a deferred join).
 */
export type Reach = "cursor" | "typed";

/** A route of the scale curve as configured: a page, and for a listing's deep page how deep to go and how. */
export type CurveRouteSpec = {
  name: string;
  path: string;
  /** The optimized page to measure (or the last full one when there are fewer) and how it is reached; null for a first page or a page that is not a listing. */
  deep: { page: number; reach: Reach } | null;
};

// ── Files read before the benchmark starts ────────────────────────────────────

/** Lighthouse's resource types, as its budget.json names them; fastblog's "html" is its "document". */
export type BudgetResourceType = "total" | "document" | "script" | "stylesheet" | "image" | "other";

/**
 * One entry of a budget file: Lighthouse's budget.json shape (resourceSizes in KB, resourceCounts),
 * with fastblog's `mode`, and limits of its own on queries, duplicates and Lighthouse scores.
 */
export type BudgetEntry = {
  mode: string;
  path?: string;
  resourceSizes?: { resourceType: BudgetResourceType; budget: number }[];
  resourceCounts?: { resourceType: BudgetResourceType; budget: number }[];
  queries?: number;
  duplicates?: number;
  lighthouse?: { performance: number };
};
