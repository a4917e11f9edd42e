import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";

/** A connection profile, applied through the Chrome DevTools Protocol. */
export type Profile = { name: string; downloadKbps: number; uploadKbps: number; latencyMs: number };

export const PROFILES: Record<string, Profile> = {
  none: { name: "none", downloadKbps: 0, uploadKbps: 0, latencyMs: 0 },
  /** WebPageTest's Cable. */
  cable: { name: "cable", downloadKbps: 5000, uploadKbps: 1000, latencyMs: 28 },
  /** Lighthouse's default mobile throttling. */
  "slow-4g": { name: "slow-4g", downloadKbps: 1600, uploadKbps: 750, latencyMs: 150 },
};

export type ResourceType = "html" | "js" | "css" | "image" | "other";

export type RequestRecord = {
  url: string;
  type: ResourceType;
  status: number;
  transferBytes: number;
  bodyBytes: number;
  encoding: string | null;
  cacheControl: string | null;
  fromCache: boolean;
  startMs: number;
  endMs: number;
};

export type ViewMetrics = {
  loadMs: number;
  /** Until the network went quiet after the load event (WebPageTest's "fully loaded"). */
  fullyLoadedMs: number;
  domContentLoadedMs: number;
  ttfbMs: number;
  fcpMs: number | null;
  lcpMs: number | null;
  requests: number;
  transferBytes: number;
  bytesByType: Record<ResourceType, number>;
  queries: number | null;
  duplicates: number | null;
  serverMs: number | null;
  dbMs: number | null;
  waterfall: RequestRecord[];
};

function typeOf(resourceType: string, mime: string): ResourceType {
  if (resourceType === "Document") return "html";
  if (resourceType === "Script" || mime.includes("javascript")) return "js";
  if (resourceType === "Stylesheet" || mime.includes("css")) return "css";
  if (resourceType === "Image" || mime.startsWith("image/")) return "image";
  return "other";
}

/** The network counts as quiet after this long with no request in flight. */
const QUIET_MS = 500;
/** How long to wait for quiet at most after the load event. */
const QUIET_CAP_MS = 10_000;

/**
 * Records every request of the page from CDP's Network domain: what crossed the wire, and when.
 * `quiet()` resolves once no request has been in flight for QUIET_MS, so that images the
 * browser fetches just after the load event (lazy ones near the viewport) count in every run.
 */
async function recordNetwork(session: CDPSession) {
  const requests = new Map<string, RequestRecord & { done: boolean }>();
  const inFlight = new Set<string>();
  let lastActivity = Date.now();
  const settle = (id: string) => {
    inFlight.delete(id);
    lastActivity = Date.now();
  };
  await session.send("Network.enable");
  session.on("Network.loadingFailed", (e) => settle(e.requestId));
  session.on("Network.requestWillBeSent", (e) => {
    inFlight.add(e.requestId);
    lastActivity = Date.now();
    requests.set(e.requestId, { url: e.request.url, type: typeOf(e.type ?? "", ""), status: 0, transferBytes: 0, bodyBytes: 0, encoding: null, cacheControl: null, fromCache: false, startMs: e.timestamp * 1000, endMs: e.timestamp * 1000, done: false });
  });
  session.on("Network.responseReceived", (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    r.status = e.response.status;
    r.type = typeOf(e.type, e.response.mimeType);
    r.encoding = headers["content-encoding"] ?? null;
    r.cacheControl = headers["cache-control"] ?? null;
    r.fromCache = r.fromCache || Boolean(e.response.fromDiskCache);
  });
  session.on("Network.requestServedFromCache", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.fromCache = true;
  });
  session.on("Network.dataReceived", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bodyBytes += e.dataLength;
  });
  session.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.transferBytes = e.encodedDataLength;
    r.endMs = e.timestamp * 1000;
    r.done = true;
  });
  session.on("Network.loadingFinished", (e) => settle(e.requestId));
  const quiet = async () => {
    const deadline = Date.now() + QUIET_CAP_MS;
    while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const finished = () => [...requests.values()].filter((r) => r.done && !r.url.startsWith("data:"));
  return { quiet, finished };
}

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

/** Loads `url` in `page` and reads the browser's own reports about it. */
export async function measureView(page: Page, context: BrowserContext, url: string, profile: Profile, cpuSlowdown = 1): Promise<ViewMetrics> {
  const session = await context.newCDPSession(page);
  await applyProfile(session, profile, cpuSlowdown);
  const network = await recordNetwork(session);
  await page.goto(url, { waitUntil: "load" });
  // LCP is final once the page is loaded and idle, and late requests count too.
  await network.quiet();
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const lcp = (globalThis as unknown as { __lcp?: number }).__lcp ?? null;
    const st = Object.fromEntries(nav.serverTiming.map((s) => [s.name, { dur: s.duration, desc: s.description }]));
    return {
      loadMs: nav.loadEventStart,
      domContentLoadedMs: nav.domContentLoadedEventStart,
      ttfbMs: nav.responseStart - nav.requestStart,
      fcpMs: paint ? paint.startTime : null,
      lcpMs: lcp,
      serverTiming: st,
    };
  });
  const records = network.finished();
  await session.detach();
  const startMs = Math.min(...records.map((r) => r.startMs));
  const fullyLoadedMs = records.length > 0 ? Math.max(...records.map((r) => r.endMs)) - startMs : timing.loadMs;
  const bytesByType: Record<ResourceType, number> = { html: 0, js: 0, css: 0, image: 0, other: 0 };
  for (const r of records) bytesByType[r.type] += r.transferBytes;
  const st = timing.serverTiming;
  return {
    loadMs: timing.loadMs,
    fullyLoadedMs: Math.max(fullyLoadedMs, timing.loadMs),
    domContentLoadedMs: timing.domContentLoadedMs,
    ttfbMs: timing.ttfbMs,
    fcpMs: timing.fcpMs,
    lcpMs: timing.lcpMs,
    // Requests that went to the server; answers from the browser cache cost no round trip.
    requests: records.filter((r) => !r.fromCache).length,
    transferBytes: records.reduce((sum, r) => sum + r.transferBytes, 0),
    bytesByType,
    queries: st.db ? Number.parseInt(st.db.desc, 10) : null,
    duplicates: st.dup ? Number.parseInt(st.dup.desc, 10) : null,
    serverMs: st.total?.dur ?? null,
    dbMs: st.db?.dur ?? null,
    waterfall: records.map(({ done: _done, ...r }) => r),
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
