/**
 * The benchmark's model: every type its stages share, written out once. Gathering fills
 * RunRecords from the browser, computing turns them into figures, reporting formats those.
 */
import type { Technique } from "../../lib/contract/mode";

// ── What the browser reports ──────────────────────────────────────────────────

export type ResourceType = "html" | "js" | "css" | "image" | "other";

/** One request of a page, from CDP's Network domain. Times are on CDP's clock. */
export type RequestRecord = {
  url: string;
  type: ResourceType;
  status: number;
  transferBytes: number;
  bodyBytes: number;
  encoding: string | null;
  cacheControl: string | null;
  fromCache: boolean;
  /** Milliseconds after the document's request was sent. */
  startMs: number;
  endMs: number;
  /** Its place in the chain of requests that wait on each other: the document 1, what it names 2… */
  depth: number;
  /** From the request sent to its response headers received, as the browser waited for them. */
  waitMs: number | null;
};

/** The page's own request, with the Server-Timing header it answered with. */
export type DocumentRecord = RequestRecord & { serverTiming: string | null };

/** What a page's loading left on record: its requests, what failed, and when the load event fired. */
export type NetworkLog = { requests: RequestRecord[]; document: DocumentRecord | null; failures: string[]; loadEventMs: number | null };

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

// ── What a run measured ───────────────────────────────────────────────────────

export type ViewMetrics = {
  loadMs: number;
  /** The load event on CDP's clock, after the document's request was sent: the floor's cut-off. */
  loadEventMs: number;
  /** Until the network went quiet after the load event (WebPageTest's "fully loaded"). */
  fullyLoadedMs: number;
  domContentLoadedMs: number;
  /** The document's wait, from CDP: request sent to response headers received. */
  ttfbMs: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  requests: number;
  transferBytes: number;
  bytesByType: Record<ResourceType, number>;
  queries: number | null;
  duplicates: number | null;
  serverMs: number | null;
  dbMs: number | null;
  /** Cumulative Layout Shift: the largest session window of the page's layout-shift entries. */
  cls: number | null;
  /** Total Blocking Time: each long task's time over 50 ms, from first contentful paint to fully loaded. */
  tbtMs: number | null;
  /** Speed Index, from the screenshots of a traced load of the same run (speedline, as Lighthouse computes it). */
  speedIndexMs: number | null;
  waterfall: RequestRecord[];
};

/** A repeat view keeps no waterfall: the reports show the first view's. */
export type RepeatViewMetrics = Omit<ViewMetrics, "waterfall">;

/** Compression and caching of one view, as "n of m". */
export type CacheCounts = { compressed: number; compressible: number; longCached: number; responses: number };

/** One measured load of a route in one mode: the first view, and the repeat view in the same context. */
export type RunRecord = {
  route: string;
  /** `naive`, `optimized`, or a technique list for the ablation. */
  mode: string;
  run: number;
  first: ViewMetrics & CacheCounts;
  repeat: RepeatViewMetrics;
  /** How many earlier tries of this run stalled and were thrown away (see gather/runs.ts). */
  stalls: number;
};

/** Everything a benchmark gathered: the runs of both modes, and the ablation's rounds (none without --ablation). */
/**
 * Everything a benchmark gathered: the runs of both modes, the calibration page's loads beside
 * them, the ablation's rounds (none without --ablation) and the Lighthouse runs (none without
 * --lighthouse).
 */
export type Measured = {
  records: RunRecord[];
  ablation: RunRecord[];
  calibration: CalibrationRecord[];
  lighthouse: LighthouseRun[];
};

/** One load of the calibration page: a trivial static page, measured like the modes in the same rounds. */
export type CalibrationRecord = { run: number; first: RepeatViewMetrics };

// ── What is computed from the runs ────────────────────────────────────────────

export type Spread = { median: number; min: number; max: number; n: number };

/** A score is unitless and fractional, such as CLS. */
export type Unit = "ms" | "bytes" | "count" | "score";

/** A metric of the report, with the original article's before and after where it gave one. */
export type Metric = {
  key: string;
  label: string;
  unit: Unit;
  pick: (r: RunRecord) => number | null;
  original?: [number, number] | string;
  /** Counts where more is better have no meaningful naive/optimized ratio. */
  noRatio?: boolean;
  /** More is better (compressed and long-cached responses); for every other metric less is. */
  higherIsBetter?: boolean;
  /** For a count of some out of all: the all ("3 of 5"). */
  outOf?: (r: RunRecord) => number;
};

/** A metric's runs in each mode; `outOf` holds the spreads of the whole for an "n of m" count. */
export type MetricRow = { metric: Metric; naive: Spread; optimized: Spread; outOf: { naive: Spread; optimized: Spread } | null };

/** What a page's floor is made of: round trips that wait on each other, and bytes before the load event. */
export type FloorInputs = { roundTrips: number; bytes: number };

export type FloorRow = FloorInputs & {
  route: string;
  mode: string;
  floors: Record<string, number>;
  measuredMs: number;
  multiple: number | null;
};

/** A mode's runs in the ablation: median load and bytes, and half the range of its loads (null with fewer than 2 runs). */
export type AblationCell = { loadMs: number; bytes: number; halfRangeMs: number | null };

/** What a technique does: saves switched on alone, costs switched off alone, their mean, and the noise of that mean. */
export type Effect = {
  technique: Technique;
  alone: AblationCell;
  without: AblationCell;
  saves: number;
  costs: number;
  score: number;
  noiseMs: number | null;
};

export type Signal = "spread unknown" | "within noise" | "clear" | "clear: slower with it";

export type Agreement = "yes" | "no" | "undecided";

/** The ablation's techniques, most effective first, against the baselines of the same rounds. */
export type AblationRanking = { naive: AblationCell; optimized: AblationCell; ranked: Effect[] };

/**
 * How far the noise lets the ranking be read: not at all (one run a variant), a tie among
 * `leaders`, or one clear lead; and whether that agrees with the article's "pagination first".
 */
export type AblationVerdict = { kind: "spread unknown" | "tie" | "lead"; leaders: Effect[]; agrees: Agreement };

// ── What the reports show ─────────────────────────────────────────────────────

/** A report's table: a title, a head and rows of text. */
export type TextTable = { title: string; head: string[]; rows: string[][] };

export type AblationTable = { head: string[]; rows: string[][]; verdict: string; agreesWithArticle: Agreement };

export type MachineInfo = { os: string; cpu: string; memoryGiB: number; node: string; browser: string };

/** What produced a report: the code's commit and the versions of the tools that measured. */
export type Provenance = {
  commit: string | null;
  /** Uncommitted changes in the work tree when the benchmark ran. */
  dirty: boolean | null;
  versions: { node: string; next: string; prisma: string; chromium: string; lighthouse: string; playwright: string };
};

export type RouteReport = {
  route: string;
  rows: MetricRow[];
  headline: string;
  sampleRuns: RunRecord[];
  speedup: number;
  findings: TextTable[];
};

export type BenchReport = {
  meta: string;
  /** The database every server-side figure was measured on, as the reports name it ("PostgreSQL + 1 ms"). */
  database: string;
  profile: Profile;
  machine: MachineInfo;
  routes: RouteReport[];
  floors: FloorRow[];
  warnings: string[];
  ablation: AblationTable | null;
  /** The calibration page beside optimized, per route (empty when no calibration was measured). */
  calibration: CalibrationTable[];
  lighthouse: LighthouseReport | null;
  budget: BudgetResult | null;
  comparison: Comparison | null;
};

// ── The command lines ─────────────────────────────────────────────────────────

/**
 * The database the benchmark's server runs on (--db, --database-url, --db-latency): SQLite in a
 * fresh file, a throwaway PostgreSQL cluster, or the PostgreSQL at `url`; `latencyMs` is added
 * to every round trip between the server and PostgreSQL (DB_LATENCY_MS).
 */
export type DatabaseOptions = { kind: "sqlite" | "postgres"; url: string | null; latencyMs: number };

export type BenchOptions = {
  runs: number;
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
  connections: number;
  duration: number;
  url: string | null;
  path: string;
  json: string | null;
  database: DatabaseOptions;
};

// ── The scale curve ───────────────────────────────────────────────────────────

/** A route of the scale curve: a page whose address may depend on how much data there is. */
export type CurveRoute = {
  name: string;
  /** The page's address in each mode at one scale (a deep page's number and cursor depend on the data). */
  paths: Record<"naive" | "optimized", string>;
};

/** One request of the scale curve, as its Server-Timing header described it. */
export type CurveSample = { scale: number; route: string; mode: "naive" | "optimized"; path: string; totalMs: number; queries: number };

/** The median server time and queries of one route in one mode at one scale. */
export type CurvePoint = {
  scale: number;
  route: string;
  mode: "naive" | "optimized";
  path: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  queries: number;
  /** The median over the same route and mode at the first scale measured. */
  ratioToFirst: number;
};

/** How a route's optimized server time grew from the first scale to the largest. */
export type CurveVerdict = { route: string; worstRatio: number; atScale: number; flat: boolean };

export type ScaleCurve = {
  /** The database the servers ran on, as the reports name it. */
  database: string;
  scales: number[];
  /** Seconds each scale's seed took. */
  seedSeconds: Record<number, number>;
  /** Articles and comments at each scale. */
  sizes: Record<number, { articles: number; comments: number }>;
  points: CurvePoint[];
  verdicts: CurveVerdict[];
  /** The largest growth of optimized server time that still counts as flat. */
  flatLimit: number;
};

// ── The calibration page ──────────────────────────────────────────────────────

/** One figure of the calibration page beside optimized's: medians and their difference. */
export type CalibrationRow = { label: string; calibration: Spread; optimized: Spread; differenceMs: number };

/** The browser's floor on this machine for a route: a trivial static page against the optimized page. */
export type CalibrationTable = { route: string; rows: CalibrationRow[]; dclGapMs: number; dclGoalMs: number; withinGoal: boolean };

// ── Lighthouse ────────────────────────────────────────────────────────────────

export type LighthousePreset = "mobile" | "desktop";

/** Lighthouse's performance metrics, by the ids of its audits. */
export type LighthouseMetrics = { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };

/** An audit Lighthouse failed (score under 0.9), with what it would save. */
export type LighthouseAudit = { id: string; title: string; score: number; displayValue: string | null };

/** One Lighthouse run of one page: `mode` is naive, optimized or "calibration". */
export type LighthouseRun = {
  mode: string;
  run: number;
  preset: LighthousePreset;
  url: string;
  score: number;
  metrics: LighthouseMetrics;
  failing: LighthouseAudit[];
  warnings: string[];
};

/** Lighthouse's figures per page, medians over its runs, and the audits each page failed in its median run. */
export type LighthouseReport = {
  preset: LighthousePreset;
  runs: number;
  route: string;
  pages: { mode: string; score: Spread; metrics: Record<keyof LighthouseMetrics, Spread>; failing: LighthouseAudit[] }[];
};

// ── Budgets ───────────────────────────────────────────────────────────────────

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

/** A figure past its limit (over it, or `below` it for a score): which, its value, its limit, in which run. */
export type BudgetOverrun = {
  mode: string;
  route: string;
  run: string;
  figure: string;
  unit: Unit;
  value: number;
  limit: number;
  below: boolean;
};

export type BudgetResult = { file: string; checked: number; overruns: BudgetOverrun[]; notes: string[] };

// ── Comparing two benchmarks ──────────────────────────────────────────────────

export type Verdict = "better" | "worse" | "within noise" | "same";

/** One metric of one mode, old against new: medians, their difference, and what the runs allow saying. */
export type ComparisonRow = {
  route: string;
  mode: string;
  key: string;
  label: string;
  unit: Unit;
  old: Spread;
  new: Spread;
  difference: number;
  /** Mann-Whitney U's two-sided p; null when neither side varies and the comparison is exact. */
  p: number | null;
  verdict: Verdict;
};

export type Comparison = { file: string; oldCreatedAt: string | null; alpha: number; rows: ComparisonRow[] };

// ── Artifacts ─────────────────────────────────────────────────────────────────

/** What a view leaves beside its figures: a HAR, and a trace file when one was kept. Never in the JSON. */
export type ViewArtifacts = { har: HarLog; tracePath: string | null };

/** A HAR 1.2 log (http://www.softwareishard.com/blog/har-12-spec/), as the benchmark writes it. */
export type HarLog = {
  version: "1.2";
  creator: { name: string; version: string };
  browser: { name: string; version: string };
  pages: { startedDateTime: string; id: string; title: string; pageTimings: { onContentLoad: number; onLoad: number } }[];
  entries: HarEntry[];
};

export type HarHeader = { name: string; value: string };

export type HarEntry = {
  pageref: string;
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: [];
    headers: HarHeader[];
    queryString: HarHeader[];
    headersSize: number;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: [];
    headers: HarHeader[];
    content: { size: number; compression?: number; mimeType: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { blocked: number; dns: number; connect: number; send: number; wait: number; receive: number; ssl: number };
  serverIPAddress?: string;
  connection?: string;
};

// ── The JSON report ───────────────────────────────────────────────────────────

/** What latest.json holds; scripts/bench/report.schema.json describes the same, and a test keeps the two in step. */
export type BenchJson = Provenance & {
  schemaVersion: number;
  createdAt: string;
  machine: MachineInfo;
  options: BenchOptions;
  database: string;
  profile: Profile;
  runs: RunRecord[];
  calibration: CalibrationRecord[];
  floors: FloorRow[];
  ablationRuns: RunRecord[];
  ablation: AblationTable | null;
  lighthouseRuns: LighthouseRun[];
  lighthouse: LighthouseReport | null;
  budget: BudgetResult | null;
  comparison: Comparison | null;
  /** Files written beside the report (HAR, traces, Lighthouse's own reports), by what they are, relative to it. */
  artifacts: Record<string, string>;
};
