/**
 * What gathering produces: the browser's and the server's own reports of each load, as records
 * (one per run, per calibration load, per Lighthouse run, per scale-curve request), the machine
 * and the code that measured, and the standard files a view leaves (HAR). The second of the three
 * stages' model files (settings → artifacts → results), as Lighthouse's types/artifacts.
 */
import type { Finding } from "../../../lib/contract/debug-detail";
import type { LighthousePreset, Reach } from "./settings";

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

/**
 * A screenshot of a traced load, `ms` after navigation start, as the trace holds it (JPEG), and
 * how visually complete it is: speedline's progress from its colour histogram, 0 for the blank
 * page to 100 for the last frame, the curve Speed Index integrates. Never in the JSON.
 */
export type Screenshot = { ms: number; visuallyComplete: number; jpeg: Buffer };

/** What a trace's screenshots give: the load's Speed Index, and its distinct frames from a blank one at navigation start. */
export type VisualProgress = { speedIndexMs: number; screenshots: Screenshot[] };

/** A frame of a traced load as the JSON keeps it: when it showed, after navigation start, and how visually complete it was. */
export type FilmstripFrame = { ms: number; visuallyComplete: number };

/**
 * What a run's traced load looked like over time: its frames' times and visual completeness (the
 * images stay out of the JSON), and the traced load's own paints and load event, on the same
 * clock: milliseconds after navigation start.
 */
export type FilmstripRecord = {
  frames: FilmstripFrame[];
  fcpMs: number | null;
  lcpMs: number | null;
  loadMs: number;
};

/** The screenshots of one run's traced load, kept beside the runs until the filmstrip picks the median runs'. */
export type RunScreenshots = { route: string; mode: string; run: number; screenshots: Screenshot[] };

/** One measured load of a route in one mode: the first view, and the repeat view in the same context. */
export type RunRecord = {
  route: string;
  /** `naive`, `optimized`, or a technique list for the ablation. */
  mode: string;
  run: number;
  first: ViewMetrics & CacheCounts;
  repeat: RepeatViewMetrics;
  /** The run's traced load over time (see gather/runs.ts); null for a run that traced none (the ablation's). */
  filmstrip: FilmstripRecord | null;
  /** How many earlier tries of this run stalled and were thrown away (see gather/runs.ts). */
  stalls: number;
};

/** One load of the calibration page: a trivial static page, measured like the modes in the same rounds. */
export type CalibrationRecord = { run: number; first: RepeatViewMetrics };

// ── Lighthouse ────────────────────────────────────────────────────────────────

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

// ── Everything a benchmark gathered ───────────────────────────────────────────

/**
 * Everything a benchmark gathered: the runs of both modes, the calibration page's loads beside
 * them, the ablation's rounds (none without --ablation), the Lighthouse runs (none without
 * --lighthouse), and the screenshots of each run's traced load.
 */
/** What the debug panel found in one route's queries in one mode: where they came from and what they did wrong. */
export type QueryFindings = {
  route: string;
  mode: "naive" | "optimized";
  queries: number;
  /** Queries whose line in the project's own code was found. */
  withCallSite: number;
  findings: Finding[];
};

export type Measured = {
  records: RunRecord[];
  /** Each route's findings in each mode, from the server's debug endpoint. */
  queryFindings: QueryFindings[];
  ablation: RunRecord[];
  calibration: CalibrationRecord[];
  lighthouse: LighthouseRun[];
  screenshots: RunScreenshots[];
};

export type MachineInfo = { os: string; cpu: string; memoryGiB: number; node: string; browser: string };

/** What produced a report: the code's commit and the versions of the tools that measured. */
export type Provenance = {
  commit: string | null;
  /** Uncommitted changes in the work tree when the benchmark ran. */
  dirty: boolean | null;
  versions: { node: string; next: string; prisma: string; chromium: string; lighthouse: string; playwright: string };
};

// ── The scale curve ───────────────────────────────────────────────────────────

/** A route of the scale curve: a page whose address may depend on how much data there is. */
export type CurveRoute = {
  name: string;
  /** How optimized's deep page is reached; null for a first page or a page that is not a listing. Naive has no cursor: it measures its own page that holds the same articles. */
  reach: Reach | null;
  /** The page's address in each mode at one scale (a deep page's number and cursor depend on the data). */
  paths: Record<"naive" | "optimized", string>;
};

/** One request of the scale curve, as its Server-Timing header described it. */
export type CurveSample = { scale: number; route: string; mode: "naive" | "optimized"; path: string; totalMs: number; queries: number };

/** What the scale curve gathered at one scale: every request's figures, and how long the data took to make. */
export type ScaleRun = { scale: number; preparedSeconds: number; articles: number; comments: number; samples: CurveSample[] };

// ── Files a view leaves ───────────────────────────────────────────────────────

/** What a run's first view leaves beside its figures: a HAR, a trace file when one was kept, and its traced load's screenshots. Never in the JSON. */
export type ViewArtifacts = { har: HarLog; tracePath: string | null; screenshots: Screenshot[] };

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
