import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { checkView } from "../compute/checks";
import { serverFigures } from "../compute/server-timing";
import { cumulativeLayoutShift, totalBlockingTime, type ShiftEntry, type TaskEntry } from "../compute/vitals";
import type { Expected, Profile } from "../types/settings";
import type { RequestRecord, ResourceType, ViewArtifacts, ViewMetrics, VisualProgress } from "../types/artifacts";
import { HarRecorder } from "./har-recorder";
import { NetworkRecorder } from "./network";
import { ViewTrace } from "./trace";

async function applyProfile(session: CDPSession, profile: Profile, cpuSlowdown: number) {
  const throttled = profile.downloadKbps > 0;
  await session.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: throttled ? (profile.downloadKbps * 1000) / 8 : -1,
    uploadThroughput: throttled ? (profile.uploadKbps * 1000) / 8 : -1,
  });
  if (cpuSlowdown > 1) await session.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
}

/** What the init script of a measured context keeps from the page's PerformanceObservers. */
type Observed = { lcp: number | null; shifts: ShiftEntry[]; tasks: TaskEntry[] };

/** The page's own timings: Navigation Timing, the paint entries, and what the init script observed. */
function pageTimings(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const observed = (globalThis as unknown as { __bench?: Observed }).__bench ?? null;
    return {
      loadMs: nav.loadEventStart,
      domContentLoadedMs: nav.domContentLoadedEventStart,
      fcpMs: paint ? paint.startTime : null,
      observed,
      title: document.title,
    };
  });
}

function bytesByType(requests: RequestRecord[]): Record<ResourceType, number> {
  const bytes: Record<ResourceType, number> = { html: 0, js: 0, css: 0, image: 0, other: 0 };
  for (const r of requests) bytes[r.type] += r.transferBytes;
  return bytes;
}

/** How a view is recorded beyond its figures: a trace (for Speed Index, and kept at `keepTrace`), and a HAR. */
export type Capture = { trace: boolean; keepTrace: string | null };

/**
 * Loads `url` in `page` and reads the browser's own reports about it, and with `capture` traces
 * it (Speed Index and the screenshots with their visual progress come from the trace) and keeps its HAR. With `expected`, throws
 * when the page did not load as asked (see compute/checks.ts): such a run would measure something else.
 */
export async function observeView(
  page: Page,
  context: BrowserContext,
  url: string,
  profile: Profile,
  cpuSlowdown: number,
  expected: Expected | undefined,
  capture: Capture | null,
): Promise<{ view: ViewMetrics; artifacts: ViewArtifacts; visual: VisualProgress | null }> {
  const session = await context.newCDPSession(page);
  await applyProfile(session, profile, cpuSlowdown);
  const recorder = new NetworkRecorder();
  const har = new HarRecorder();
  har.attach(session);
  await recorder.attach(session);
  const browser = context.browser();
  const trace = capture?.trace && browser ? await ViewTrace.start(browser, page, capture.keepTrace !== null) : null;
  const response = await page.goto(url, { waitUntil: "load" });
  // LCP is final once the page is loaded and idle, and late requests count too.
  await recorder.quiet();
  const timing = await pageTimings(page);
  const network = recorder.log();
  await session.detach();
  const visual = trace ? await trace.stop(capture!.keepTrace) : null;
  if (expected) checkView(url, expected, response?.status() ?? null, network);
  const requests = network.requests;
  const fullyLoadedMs = Math.max(timing.loadMs, ...requests.map((r) => r.endMs));
  const observed = timing.observed;
  const view: ViewMetrics = {
    loadMs: timing.loadMs,
    domContentLoadedMs: timing.domContentLoadedMs,
    fcpMs: timing.fcpMs,
    lcpMs: observed?.lcp ?? null,
    loadEventMs: network.loadEventMs ?? timing.loadMs,
    fullyLoadedMs,
    ttfbMs: network.document?.waitMs ?? null,
    // Requests that went to the server; answers from the browser cache cost no round trip.
    requests: requests.filter((r) => !r.fromCache).length,
    transferBytes: requests.reduce((sum, r) => sum + r.transferBytes, 0),
    bytesByType: bytesByType(requests),
    ...serverFigures(network.document?.serverTiming ?? null),
    cls: observed ? cumulativeLayoutShift(observed.shifts) : null,
    tbtMs: observed && timing.fcpMs !== null ? totalBlockingTime(observed.tasks, timing.fcpMs, fullyLoadedMs) : null,
    speedIndexMs: visual?.speedIndexMs ?? null,
    waterfall: requests,
  };
  const harLog = har.log({
    title: timing.title || url,
    onContentLoad: timing.domContentLoadedMs,
    onLoad: timing.loadMs,
    browser: browser?.version() ?? "",
  });
  return { view, artifacts: { har: harLog, tracePath: capture?.keepTrace ?? null, screenshots: visual?.screenshots ?? [] }, visual };
}

/** Loads `url` in `page` and reads the browser's own reports about it (see observeView), without a trace. */
export async function measureView(
  page: Page,
  context: BrowserContext,
  url: string,
  profile: Profile,
  cpuSlowdown = 1,
  expected?: Expected,
): Promise<ViewMetrics> {
  return (await observeView(page, context, url, profile, cpuSlowdown, expected, null)).view;
}

/**
 * A fresh context whose pages report, from their own PerformanceObservers, their Largest
 * Contentful Paint, their layout shifts and their long tasks.
 */
export async function newMeasuredContext(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  // No named helpers inside: the function is sent to the page as text, without tsx's helpers.
  await context.addInitScript(() => {
    const kept: Observed = { lcp: null, shifts: [], tasks: [] };
    (globalThis as unknown as { __bench: Observed }).__bench = kept;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) kept.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        kept.shifts.push({ startTime: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput });
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) kept.tasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  return context;
}
