import { errors, type Browser } from "playwright-core";
import { cacheCounts } from "../compute/caching";
import { CALIBRATION } from "../config/calibration";
import type { BenchMode, Conditions } from "../types/settings";
import type { CalibrationRecord, FilmstripRecord, RunRecord, Screenshot, ViewArtifacts } from "../types/artifacts";
import { measureCalibration } from "./calibration";
import { measureView, newMeasuredContext, observeView } from "./measure";

/** Where a run's first view leaves its artifacts: its trace file when kept (--trace), and its HAR, handed to `keep`. */
export type RunCapture = { traceFile: string | null; keep: (artifacts: ViewArtifacts) => void };

/** The address of a route in a mode: `?mode=` for the named modes, `?techniques=` for any other set. */
export function modeUrl(base: string, route: string, mode: string): string {
  const separator = route.includes("?") ? "&" : "?";
  const named = mode === "naive" || mode === "optimized" || mode === "cached";
  const selector = named ? `mode=${mode}` : `techniques=${encodeURIComponent(mode)}`;
  return `${base}${route}${separator}${selector}`;
}

/**
 * Chromium's network emulation now and then stops delivering one context's bytes for good: the
 * page, half received, never loads, and nor does the next one in that context. Never seen without
 * throttling, and not the server's doing (other contexts load meanwhile). A run that has not
 * loaded after this long is thrown away and measured again in a fresh context, at most twice,
 * and the report says how many were.
 */
const STALL_RETRIES = 2;

/** Far longer than a load can take on the link: 30 s on the fast profiles, more on slow ones. */
function stallTimeoutMs({ profile, cpuSlowdown }: Conditions): number {
  const slowLink = profile.downloadKbps > 0 && profile.downloadKbps < 2_000 ? 3 : 1;
  return 30_000 * slowLink * Math.max(1, cpuSlowdown);
}

/** Loads a route in a fresh browser context, then again in the same context. */
export async function measureRun(
  browser: Browser,
  base: string,
  route: string,
  mode: string,
  run: number,
  conditions: Conditions,
  capture?: RunCapture,
): Promise<RunRecord> {
  for (let stalls = 0; ; stalls += 1) {
    try {
      return { ...(await measureRunOnce(browser, base, route, mode, run, conditions, capture)), stalls };
    } catch (error) {
      if (!(error instanceof errors.TimeoutError) || stalls === STALL_RETRIES) throw error;
    }
  }
}

async function measureRunOnce(
  browser: Browser,
  base: string,
  route: string,
  mode: string,
  run: number,
  conditions: Conditions,
  capture: RunCapture | undefined,
): Promise<Omit<RunRecord, "stalls">> {
  const url = modeUrl(base, route, mode);
  const { profile, cpuSlowdown } = conditions;
  const context = await newMeasuredContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(stallTimeoutMs(conditions));
    const { view, artifacts } = await observeView(page, context, url, profile, cpuSlowdown, { mode, view: "first" }, null);
    const { waterfall: _repeatWaterfall, ...repeat } = await measureView(page, context, url, profile, cpuSlowdown, {
      mode,
      view: "repeat",
    });
    const traced = capture ? await tracedLoad(browser, url, mode, conditions, capture.traceFile) : null;
    capture?.keep({ har: artifacts.har, tracePath: capture.traceFile, screenshots: traced?.screenshots ?? [] });
    const first = { ...view, speedIndexMs: traced?.speedIndexMs ?? null };
    return { route, mode, run, first: { ...first, ...cacheCounts(first.waterfall) }, repeat, filmstrip: traced?.filmstrip ?? null };
  } finally {
    await context.close();
  }
}

/** Loads traced for a run's Speed Index before it reports none. */
const TRACE_ATTEMPTS = 3;

/** What a run's traced load gives: its Speed Index, its filmstrip's figures, and the screenshots themselves. */
type TracedLoad = { speedIndexMs: number; filmstrip: FilmstripRecord; screenshots: Screenshot[] };

/**
 * The run's Speed Index and filmstrip, from a load of its own in a fresh context, traced with
 * screenshots (and in full with --trace, kept at `traceFile`). Capturing frames slows a page, and slows a
 * page with more to paint more: the measured view is never traced, so its timings stay
 * comparable with the calibration page's. A trace can come back without a screenshot (the
 * compositor had sent none when it stopped), and so without a Speed Index: the load is then
 * traced again, up to `TRACE_ATTEMPTS` times, before the run reports none.
 */
async function tracedLoad(
  browser: Browser,
  url: string,
  mode: string,
  conditions: Conditions,
  traceFile: string | null,
): Promise<TracedLoad | null> {
  for (let attempt = 1; attempt <= TRACE_ATTEMPTS; attempt += 1) {
    const traced = await tracedLoadOnce(browser, url, mode, conditions, traceFile);
    if (traced !== null) return traced;
  }
  return null;
}

async function tracedLoadOnce(
  browser: Browser,
  url: string,
  mode: string,
  conditions: Conditions,
  traceFile: string | null,
): Promise<TracedLoad | null> {
  const context = await newMeasuredContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(stallTimeoutMs(conditions));
    const capture = { trace: true, keepTrace: traceFile };
    const { view, visual } = await observeView(
      page,
      context,
      url,
      conditions.profile,
      conditions.cpuSlowdown,
      { mode, view: "first" },
      capture,
    );
    if (!visual) return null;
    const frames = visual.screenshots.map(({ ms, visuallyComplete }) => ({ ms, visuallyComplete }));
    // The traced load's own paints and load event, on the trace's clock, mark its filmstrip.
    const filmstrip = { frames, fcpMs: view.fcpMs, lcpMs: view.lcpMs, loadMs: view.loadMs };
    return { speedIndexMs: visual.speedIndexMs, filmstrip, screenshots: visual.screenshots };
  } finally {
    await context.close();
  }
}

/** Loads every route in every mode once, unmeasured, so that thumbnails exist and the server is warm. */
export async function warmUp(browser: Browser, base: string, routes: string[], modes: string[]): Promise<void> {
  for (const route of routes) {
    for (const mode of modes) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(modeUrl(base, route, mode), { waitUntil: "load" });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState("networkidle");
      for (let i = 0; i < 2; i += 1) await page.request.get(modeUrl(base, route, mode));
      await context.close();
    }
  }
}

/** What measureModes needs besides the server: the calibration page, and where each run's artifacts go. */
export type ModeRuns = {
  /** naive and optimized, and cached when asked. */
  modes: BenchMode[];
  runs: number;
  conditions: Conditions;
  calibrationUrl: string;
  capture: (route: string, mode: string, run: number) => RunCapture;
};

/**
 * Runs `runs` measured loads per mode and route, alternating which mode goes first from one
 * run to the next, so that drift on the machine hits both modes alike. Each run of the first
 * route also loads the calibration page, first or last in turn.
 */
export async function measureModes(
  browser: Browser,
  base: string,
  routes: string[],
  plan: ModeRuns,
  onRun: (label: string, loadMs: number) => void,
): Promise<{ records: RunRecord[]; calibration: CalibrationRecord[] }> {
  const records: RunRecord[] = [];
  const calibration: CalibrationRecord[] = [];
  for (const route of routes) {
    for (let run = 1; run <= plan.runs; run += 1) {
      const order: string[] = [...plan.modes, ...(route === routes[0] ? [CALIBRATION] : [])];
      for (const mode of run % 2 === 1 ? order : order.reverse()) {
        if (mode === CALIBRATION) {
          const record = await measureCalibration(browser, plan.calibrationUrl, run, plan.conditions);
          calibration.push(record);
          onRun(`calibration page run ${run}`, record.first.loadMs);
          continue;
        }
        const record = await measureRun(browser, base, route, mode, run, plan.conditions, plan.capture(route, mode, run));
        records.push(record);
        onRun(`${route} ${mode} run ${run}`, record.first.loadMs);
      }
    }
  }
  return { records, calibration };
}
