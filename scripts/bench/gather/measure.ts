import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { checkView } from "../compute/checks";
import { serverFigures } from "../compute/server-timing";
import type { Expected, Profile, RequestRecord, ResourceType, ViewMetrics } from "../model";
import { NetworkRecorder } from "./network";

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

/** The page's own timings: Navigation Timing, the paint entries and the LCP the init script kept. */
function pageTimings(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return {
      loadMs: nav.loadEventStart,
      domContentLoadedMs: nav.domContentLoadedEventStart,
      fcpMs: paint ? paint.startTime : null,
      lcpMs: (globalThis as unknown as { __lcp?: number }).__lcp ?? null,
    };
  });
}

function bytesByType(requests: RequestRecord[]): Record<ResourceType, number> {
  const bytes: Record<ResourceType, number> = { html: 0, js: 0, css: 0, image: 0, other: 0 };
  for (const r of requests) bytes[r.type] += r.transferBytes;
  return bytes;
}

/**
 * Loads `url` in `page` and reads the browser's own reports about it. With `expected`, throws
 * when the page did not load as asked (see compute/checks.ts): such a run would measure something else.
 */
export async function measureView(
  page: Page,
  context: BrowserContext,
  url: string,
  profile: Profile,
  cpuSlowdown = 1,
  expected?: Expected,
): Promise<ViewMetrics> {
  const session = await context.newCDPSession(page);
  await applyProfile(session, profile, cpuSlowdown);
  const recorder = new NetworkRecorder();
  await recorder.attach(session);
  const response = await page.goto(url, { waitUntil: "load" });
  // LCP is final once the page is loaded and idle, and late requests count too.
  await recorder.quiet();
  const timing = await pageTimings(page);
  const network = recorder.log();
  await session.detach();
  if (expected) checkView(url, expected, response?.status() ?? null, network);
  const requests = network.requests;
  const { queries, duplicates, serverMs, dbMs } = serverFigures(network.document?.serverTiming ?? null);
  return {
    ...timing,
    loadEventMs: network.loadEventMs ?? timing.loadMs,
    fullyLoadedMs: Math.max(timing.loadMs, ...requests.map((r) => r.endMs)),
    ttfbMs: network.document?.waitMs ?? null,
    // Requests that went to the server; answers from the browser cache cost no round trip.
    requests: requests.filter((r) => !r.fromCache).length,
    transferBytes: requests.reduce((sum, r) => sum + r.transferBytes, 0),
    bytesByType: bytesByType(requests),
    queries,
    duplicates,
    serverMs,
    dbMs,
    waterfall: requests,
  };
}

/** A fresh context that records Largest Contentful Paint as the page reports it. */
export async function newMeasuredContext(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(() => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      (globalThis as unknown as { __lcp?: number }).__lcp = entries[entries.length - 1]!.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  return context;
}
