/**
 * What computing produces from the gathered records: every figure the reports show, as numbers
 * and records, gathered in one finished result (BenchResult) that the reports only format, and
 * the JSON report's shape. The last of the three stages' model files (settings → artifacts →
 * results), as Lighthouse's types/lhr.
 */
import type { Technique } from "../../../lib/contract/mode";
import type {
  CacheCounts,
  CalibrationRecord,
  LighthouseAudit,
  LighthouseMetrics,
  LighthouseRun,
  MachineInfo,
  Measured,
  Provenance,
  QueryFindings,
  RequestRecord,
  RunRecord,
} from "./artifacts";
import type { BenchOptions, BudgetEntry, LighthousePreset, Profile } from "./settings";

// ── Figures over runs ─────────────────────────────────────────────────────────

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

/**
 * A metric's runs in each mode; `outOf` holds the spreads of the whole for an "n of m" count, and
 * `noisy` says in which mode its runs vary too much to trust (a range over half the median).
 */
export type MetricRow = {
  metric: Metric;
  naive: Spread;
  optimized: Spread;
  /** Only when cached mode was measured (--modes naive,optimized,cached). */
  cached?: Spread;
  outOf: { naive: Spread; optimized: Spread; cached?: Spread } | null;
  noisy: { naive: boolean; optimized: boolean; cached?: boolean };
};

/** GTmetrix's lists for one run of a mode: its text responses that came uncompressed, and its responses cached less than a day. */
export type CacheFindings = {
  mode: string;
  run: number;
  counts: CacheCounts;
  uncompressed: RequestRecord[];
  cachedLessThanADay: RequestRecord[];
};

/** One route's figures in both modes. */
export type RouteResult = {
  route: string;
  rows: MetricRow[];
  /** The run nearest its mode's median load, naive then optimized: the waterfalls, the lists and the HARs are theirs. */
  sampleRuns: RunRecord[];
  /** The median load time of naive over optimized's. */
  speedup: number;
  findings: CacheFindings[];
  /** Where the route's queries came from and what they did wrong, naive then optimized. */
  queryFindings: QueryFindings[];
};

// ── The physical floor ────────────────────────────────────────────────────────

/** What a page's floor is made of: round trips that wait on each other, and bytes before the load event. */
export type FloorInputs = { roundTrips: number; bytes: number };

export type FloorRow = FloorInputs & {
  route: string;
  mode: string;
  floors: Record<string, number>;
  measuredMs: number;
  multiple: number | null;
};

// ── The ablation ──────────────────────────────────────────────────────────────

/** A mode's runs in the ablation: median load and bytes, and half the range of its loads (null with fewer than 2 runs). */
export type AblationCell = { loadMs: number; bytes: number; halfRangeMs: number | null };

export type Signal = "spread unknown" | "within noise" | "clear" | "clear: slower with it";

/** What a technique does: saves switched on alone, costs switched off alone, their mean, the noise of that mean, and whether the mean clears it. */
export type Effect = {
  technique: Technique;
  alone: AblationCell;
  without: AblationCell;
  saves: number;
  costs: number;
  score: number;
  noiseMs: number | null;
  signal: Signal;
};

export type Agreement = "yes" | "no" | "undecided";

/** The ablation's techniques, most effective first, against the baselines of the same rounds. */
export type AblationRanking = { naive: AblationCell; optimized: AblationCell; ranked: Effect[] };

/**
 * How far the noise lets the ranking be read: not at all (one run a variant), a tie among
 * `leaders`, or one clear lead; and whether that agrees with the article's "pagination first".
 */
export type AblationVerdict = { kind: "spread unknown" | "tie" | "lead"; leaders: Effect[]; agrees: Agreement };

/** The ablation, ranked and judged; `paginationRank` is where the original article's largest win came (1 for first). */
export type AblationResult = AblationRanking & { verdict: AblationVerdict; paginationRank: number };

// ── The calibration page ──────────────────────────────────────────────────────

/** One figure of the calibration page beside optimized's: medians and their difference. */
export type CalibrationRow = { label: string; calibration: Spread; optimized: Spread; differenceMs: number };

/** The browser's floor on this machine for a route: a trivial static page against the optimized page. */
export type CalibrationTable = { route: string; rows: CalibrationRow[]; dclGapMs: number; dclGoalMs: number; withinGoal: boolean };

// ── Lighthouse ────────────────────────────────────────────────────────────────

/** One page's Lighthouse figures: medians over its runs, and the audits its median run failed. */
export type LighthousePage = {
  mode: string;
  score: Spread;
  metrics: Record<keyof LighthouseMetrics, Spread>;
  failing: LighthouseAudit[];
};

/** Lighthouse's figures per page, medians over its runs, and the audits each page failed in its median run. */
export type LighthouseReport = { preset: LighthousePreset; runs: number; route: string; pages: LighthousePage[] };

// ── Budgets ───────────────────────────────────────────────────────────────────

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

/** What --compare needs of a benchmark, old or new: its runs, and its Lighthouse runs if it made any. */
export type Comparable = { runs: RunRecord[]; lighthouse: LighthouseRun[] };

/** What the results are checked against, read before the benchmark ran: a budget, an earlier benchmark. */
export type Against = {
  budget: { file: string; entries: BudgetEntry[] } | null;
  compare: { file: string; old: Comparable; createdAt: string | null } | null;
};

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

// ── The filmstrip ─────────────────────────────────────────────────────────────

/** One moment of a filmstrip: `ms` after navigation start, the frame then on screen (its index in the row's frames), and how visually complete it was. */
export type FilmstripSlot = { ms: number; frame: number; visuallyComplete: number };

/** A point of a visual-progress curve: from `ms` on, the page is this visually complete (percent). */
export type ProgressPoint = { ms: number; visuallyComplete: number };

/** One mode's row of the filmstrip: the run its traced load comes from, what it showed every step, and when it painted and loaded. */
export type FilmstripRow = {
  mode: string;
  run: number;
  slots: FilmstripSlot[];
  /** The frames' thumbnails (WebP data URLs, at most FILMSTRIP_WIDTH wide) by frame index; null for a frame no slot shows. */
  thumbnails: (string | null)[];
  marks: { fcpMs: number | null; lcpMs: number | null; loadMs: number };
  /** Visually complete over time, each change once: the curve Speed Index integrates. */
  progress: ProgressPoint[];
  /** WebPageTest's first visual change and visually complete: the first frame over 0%, and the first at 100%. */
  firstChangeMs: number | null;
  completeMs: number | null;
};

/**
 * The median runs' traced loads of the first route, naive and optimized on one time grid (every
 * `stepMs` up to `endMs`), as WebPageTest and sitespeedio/compare show two runs: `differs` marks
 * the moments when the two were not as visually complete as each other.
 */
export type Filmstrip = { route: string; stepMs: number; endMs: number; rows: FilmstripRow[]; differs: boolean[] };

// ── The finished result ───────────────────────────────────────────────────────

/**
 * Everything a benchmark found, computed once from what it gathered: what the terminal, Markdown,
 * HTML and JSON reports show, and the records they show it from. The reports only format it.
 */
export type BenchResult = {
  createdAt: string;
  options: BenchOptions;
  /** The database every server-side figure was measured on, as the reports name it ("PostgreSQL + 1 ms"). */
  database: string;
  profile: Profile;
  machine: MachineInfo;
  provenance: Provenance;
  measured: Measured;
  routes: RouteResult[];
  floors: FloorRow[];
  warnings: string[];
  ablation: AblationResult | null;
  /** The calibration page beside optimized, per route (empty when no calibration was measured). */
  calibration: CalibrationTable[];
  lighthouse: LighthouseReport | null;
  budget: BudgetResult | null;
  comparison: Comparison | null;
  /** The filmstrip of the first route's median runs; null when either traced load gave no screenshots. */
  filmstrip: Filmstrip | null;
};

// ── The scale curve ───────────────────────────────────────────────────────────

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

// ── The JSON report ───────────────────────────────────────────────────────────

/** The ablation as latest.json keeps it: the ranking as the reports' table, and the verdict in words. */
export type AblationTable = { head: string[]; rows: string[][]; verdict: string; agreesWithArticle: Agreement };

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
  /** Each route's query findings in each mode, with their lines (the debug panel's, from the server). */
  queryFindings: QueryFindings[];
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
