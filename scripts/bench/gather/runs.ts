import { errors, type Browser } from "playwright-core";
import { cacheCounts } from "../compute/caching";
import type { Conditions, RunRecord } from "../model";
import { measureView, newMeasuredContext } from "./measure";

/** The address of a route in a mode: `?mode=` for the two modes, `?techniques=` for any other set. */
export function modeUrl(base: string, route: string, mode: string): string {
  const separator = route.includes("?") ? "&" : "?";
  const selector = mode === "naive" || mode === "optimized" ? `mode=${mode}` : `techniques=${encodeURIComponent(mode)}`;
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
): Promise<RunRecord> {
  for (let stalls = 0; ; stalls += 1) {
    try {
      return { ...(await measureRunOnce(browser, base, route, mode, run, conditions)), stalls };
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
): Promise<Omit<RunRecord, "stalls">> {
  const context = await newMeasuredContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(stallTimeoutMs(conditions));
    const url = modeUrl(base, route, mode);
    const { profile, cpuSlowdown } = conditions;
    const first = await measureView(page, context, url, profile, cpuSlowdown, { mode, view: "first" });
    const { waterfall: _repeatWaterfall, ...repeat } = await measureView(page, context, url, profile, cpuSlowdown, {
      mode,
      view: "repeat",
    });
    return { route, mode, run, first: { ...first, ...cacheCounts(first.waterfall) }, repeat };
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

/**
 * Runs `runs` measured loads per mode and route, alternating which mode goes first from one
 * run to the next, so that drift on the machine hits both modes alike.
 */
export async function measureModes(
  browser: Browser,
  base: string,
  routes: string[],
  runs: number,
  conditions: Conditions,
  onRun: (record: RunRecord) => void,
): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (const route of routes) {
    for (let run = 1; run <= runs; run += 1) {
      for (const mode of run % 2 === 1 ? ["naive", "optimized"] : ["optimized", "naive"]) {
        const record = await measureRun(browser, base, route, mode, run, conditions);
        records.push(record);
        onRun(record);
      }
    }
  }
  return records;
}
