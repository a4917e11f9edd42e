import { expect, test, type Page } from "@playwright/test";
import { debugId } from "./support";
// Measured with the benchmark's own view measurement, so that the spec and the benchmark cannot
// disagree about what a page weighs.
import { PROFILES } from "../scripts/bench/config/profiles";
import { measureView } from "../scripts/bench/gather/measure";
import type { ViewMetrics } from "../scripts/bench/types/artifacts";
import { parseServerTiming } from "../lib/contract/server-timing";
import { loadedImages } from "./support";
import { requestDetailUrl } from "../lib/contract/urls/debug";

const KB = 1024;
const LONG_LIVED = /max-age=31536000.*immutable|immutable.*max-age=31536000/;

/** Images whose file is more than twice as wide as they are shown, on this screen. */
async function oversizedImages(page: Page) {
  const images = await loadedImages(page);
  return { loaded: images.length, oversized: images.filter((img) => img.fileWidth > 2 * img.shownWidth).length };
}

async function firstAndRepeatView(page: Page, mode: string): Promise<{ first: ViewMetrics; repeat: ViewMetrics }> {
  // Thumbnails are made on their first request; make them before measuring.
  await page.request.get(`/?mode=${mode}`);
  const first = await measureView(page, page.context(), `/?mode=${mode}`, PROFILES.none!);
  const repeat = await measureView(page, page.context(), `/?mode=${mode}`, PROFILES.none!);
  return { first, repeat };
}

test.describe("page weight of the home page, measured in Chromium at 1366x768", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("should weigh like the original's before in naive mode: 1.2 to 2.5 MB in 40 or more requests", async ({ page }) => {
    const { first, repeat } = await firstAndRepeatView(page, "naive");
    expect(first.transferBytes).toBeGreaterThan(1.2 * 1024 * KB);
    expect(first.transferBytes).toBeLessThan(2.5 * 1024 * KB);
    expect(first.requests).toBeGreaterThanOrEqual(40);
    const images = await oversizedImages(page);
    expect(images.oversized).toBeGreaterThan(images.loaded / 2);
    for (const r of first.waterfall) {
      expect(r.encoding, r.url).toBeNull();
      expect(r.cacheControl ?? "", r.url).not.toMatch(/max-age=[1-9]/);
    }
    // Nothing is cached: the repeat view downloads about as much again.
    expect(repeat.transferBytes).toBeGreaterThan(0.9 * first.transferBytes);
  });

  test("should weigh 250 KB or less in 20 or fewer requests in optimized mode, and 30 KB on a repeat view", async ({ page }) => {
    const { first: naive } = await firstAndRepeatView(page, "naive");
    await page.context().clearCookies();
    const { first, repeat } = await firstAndRepeatView(page, "optimized");
    expect(first.transferBytes).toBeLessThanOrEqual(250 * KB);
    expect(first.requests).toBeLessThanOrEqual(20);
    expect(first.bytesByType.html).toBeLessThanOrEqual(0.15 * naive.bytesByType.html);
    expect(repeat.transferBytes).toBeLessThanOrEqual(30 * KB);
    expect(repeat.requests).toBe(1);
    // The one request is the page, revalidated with its ETag: headers only, none of its 6 KB.
    expect(repeat.waterfall[0]!.type).toBe("html");
    expect(repeat.waterfall[0]!.transferBytes).toBeLessThan(1500);
  });

  test("should answer a repeat view 304 Not Modified in optimized mode only, with no body and no content encoding", async ({ request }) => {
    const first = await request.get("/?mode=optimized", { headers: { "Accept-Encoding": "br" } });
    const etag = first.headers()["etag"]!;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    for (const encoding of ["br", "gzip", "identity"]) {
      const repeat = await request.get("/?mode=optimized", { headers: { "If-None-Match": etag, "Accept-Encoding": encoding } });
      expect(repeat.status(), encoding).toBe(304);
      expect((await repeat.body()).length).toBe(0);
      expect(repeat.headers()["content-encoding"]).toBeUndefined();
      expect(repeat.headers()["vary"]).toContain("Accept-Encoding");
      expect(parseServerTiming(repeat.headers()["server-timing"])?.queries).toBeGreaterThanOrEqual(0);
    }
    const naive = await request.get("/?mode=naive", { headers: { "If-None-Match": etag } });
    expect(naive.status()).toBe(200);
    expect(naive.headers()["etag"]).toBeUndefined();
  });

  test("should answer HEAD with the same headers as GET and no body", async ({ request }) => {
    const get = await request.get("/?mode=optimized", { headers: { "Accept-Encoding": "identity" } });
    const head = await request.head("/?mode=optimized", { headers: { "Accept-Encoding": "identity" } });
    expect(head.status()).toBe(200);
    expect((await head.body()).length).toBe(0);
    expect(head.headers()["etag"]).toBe(get.headers()["etag"]);
    expect(head.headers()["content-length"]).toBe(String((await get.body()).length));
    expect(parseServerTiming(head.headers()["server-timing"])?.queries).toBe(4);
  });

  test("should compress the debug panel's JSON in both modes: it is the developer's tool, not a measured page", async ({ request }) => {
    // The naive page's 172 queries make a detail of tens of kilobytes.
    const naivePage = await request.get("/?mode=naive");
    const id = debugId(parseServerTiming(naivePage.headers()["server-timing"]));
    for (const mode of ["naive", "optimized"]) {
      const detail = await request.get(requestDetailUrl(id), {
        headers: { Cookie: `fastblog-mode=${mode}`, "Accept-Encoding": "br, gzip" },
      });
      expect(detail.status()).toBe(200);
      expect(detail.headers()["content-type"]).toContain("application/json");
      expect(detail.headers()["content-encoding"], mode).toBe("br");
    }
  });

  test("should compress the page, load no other text, and give thumbnails a one-year immutable lifetime", async ({ page }) => {
    const { first } = await firstAndRepeatView(page, "optimized");
    const html = first.waterfall.find((r) => r.type === "html")!;
    expect(html.encoding).toMatch(/^(br|gzip)$/);
    expect(html.cacheControl).toBe("private, no-cache");
    // The page is the one text response: optimized pages load no script (static-html) and inline
    // their stylesheet. Build assets are checked on their own below.
    expect(first.waterfall.filter((r) => r.type !== "image").map((r) => r.type)).toEqual(["html"]);
    const images = first.waterfall.filter((r) => r.type === "image");
    expect(images.length).toBeGreaterThan(0);
    for (const r of images) {
      expect(r.encoding, r.url).toBeNull();
      expect(r.cacheControl, r.url).toMatch(LONG_LIVED);
    }
  });

  test("should cache and compress build assets in optimized mode only", async ({ page, request }) => {
    await page.goto("/?mode=naive");
    const scripts = await page.locator("script[src]").evaluateAll((list) => list.map((s) => s.getAttribute("src")!));
    expect(scripts.length).toBeGreaterThan(2);
    for (const src of scripts) {
      const optimized = await request.get(src, { headers: { Cookie: "fastblog-mode=optimized", "Accept-Encoding": "gzip, deflate, br" } });
      expect(optimized.headers()["cache-control"], src).toMatch(LONG_LIVED);
      expect(optimized.headers()["content-encoding"], src).toBe("br");
      const naive = await request.get(src, { headers: { Cookie: "fastblog-mode=naive", "Accept-Encoding": "gzip, deflate, br" } });
      expect(naive.headers()["cache-control"], src).toBeUndefined();
      expect(naive.headers()["content-encoding"], src).toBeUndefined();
    }
  });

  test("should send optimized pages without the framework's scripts, and keep the debug panel's", async ({ page }) => {
    await page.goto("/?mode=optimized");
    expect(await page.locator("script").evaluateAll((list) => list.map((s) => s.id))).toEqual(["fastblog-debug-panel"]);
    await expect(page.getByTestId("debug-panel")).toContainText("queries");
    await page.goto("/?mode=naive");
    expect(await page.locator("script[src]").count()).toBeGreaterThan(2);
  });

  test("should serve no image larger than twice its displayed size in optimized mode", async ({ page }) => {
    await firstAndRepeatView(page, "optimized");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    const images = await oversizedImages(page);
    expect(images.loaded).toBeGreaterThanOrEqual(10);
    expect(images.oversized).toBe(0);
  });

  test("should size every image, lazy-load below the fold and prioritise the first cover", async ({ page }) => {
    await page.goto("/?mode=optimized");
    const images = await page.locator("main img").evaluateAll((list) =>
      list.map((img) => ({
        width: img.getAttribute("width"),
        height: img.getAttribute("height"),
        loading: img.getAttribute("loading"),
        priority: img.getAttribute("fetchpriority"),
        srcset: img.getAttribute("srcset"),
        top: img.getBoundingClientRect().top,
      })),
    );
    // A cover and a portrait on each of the page's 10 cards.
    expect(images).toHaveLength(20);
    expect(images.filter((img) => !(img.width && img.height && img.srcset))).toEqual([]);
    const belowTheFold = images.filter((img) => img.top > 768);
    expect(belowTheFold.length).toBeGreaterThan(0);
    expect(belowTheFold.filter((img) => img.loading !== "lazy")).toEqual([]);
    expect(images[0]!.priority).toBe("high");
    await page.goto("/?mode=naive");
    const naive = await page
      .locator("main img")
      .evaluateAll((list) => list.map((img) => ({ loading: img.getAttribute("loading"), srcset: img.getAttribute("srcset") })));
    // 50 cards, a cover and a portrait on each.
    expect(naive).toHaveLength(100);
    expect(naive.filter((img) => img.loading !== null || img.srcset !== null)).toEqual([]);
  });
});
