import { expect, test } from "@playwright/test";
import { pageHref } from "../lib/contract/urls/blog";
import { requestDetailUrl } from "../lib/contract/urls/debug";
import { debugId, getInMode, serverTiming } from "./support";

const ARTICLE = "/articles/a-practical-guide-to-brotli";

test.describe("query counts, read from Server-Timing", () => {
  test("should make at least 40 queries with duplicates on the naive home page", async ({ request }) => {
    const response = await getInMode(request, "/", "naive");
    expect(response.status()).toBe(200);
    const timing = serverTiming(response);
    expect(timing.mode).toBe("naive");
    expect(timing.queries).toBeGreaterThanOrEqual(40);
    // 50 articles by 12 authors: the same author is fetched again for each of their articles.
    expect(timing.duplicates).toBeGreaterThanOrEqual(38);
  });

  test("should make at most 5 queries on the optimized home page", async ({ request }) => {
    const timing = serverTiming(await getInMode(request, "/", "optimized"));
    expect(timing.mode).toBe("optimized");
    expect(timing.queries).toBeLessThanOrEqual(5);
    expect(timing.duplicates).toBe(0);
  });

  test("should make one query more on a page number typed without its cursor, the page's ids, on every listing", async ({ request }) => {
    for (const base of ["/", "/authors/ada-lovelace", "/categories/databases"]) {
      const first = await (await getInMode(request, base, "optimized")).text();
      const next = /<a rel="next" href="([^"]+)"/.exec(first)?.[1]?.replaceAll("&amp;", "&");
      expect(next, base).toMatch(/[?&]after=/);
      const linked = serverTiming(await getInMode(request, next!, "optimized"));
      const typed = serverTiming(await getInMode(request, pageHref(base, 2), "optimized"));
      expect(typed.queries, base).toBe(linked.queries + 1);
      expect(typed.duplicates, base).toBe(0);
    }
  });

  test("should make at most 4 queries on the optimized article page", async ({ request }) => {
    const timing = serverTiming(await getInMode(request, ARTICLE, "optimized"));
    expect(timing.queries).toBeLessThanOrEqual(4);
  });

  test("should make more queries in naive mode on every listing", async ({ request }) => {
    for (const path of ["/authors/ada-lovelace", "/categories", "/categories/databases", ARTICLE]) {
      const naive = serverTiming(await getInMode(request, path, "naive"));
      const optimized = serverTiming(await getInMode(request, path, "optimized"));
      expect(naive.queries, path).toBeGreaterThan(optimized.queries);
    }
  });

  test("should send the database and total time in Server-Timing", async ({ request }) => {
    const timing = serverTiming(await getInMode(request, "/", "optimized"));
    expect(timing.dbMs).toBeGreaterThan(0);
    expect(timing.totalMs).toBeGreaterThanOrEqual(timing.dbMs);
  });

  test("should keep the query log of a page for the debug panel", async ({ request }) => {
    const timing = serverTiming(await getInMode(request, "/", "naive"));
    const detail = await request.get(requestDetailUrl(debugId(timing)));
    expect(detail.status()).toBe(200);
    const body = (await detail.json()) as { queries: { sql: string }[]; report: { similar: { count: number }[] } };
    expect(body.queries).toHaveLength(timing.queries);
    expect(body.report.similar[0]!.count).toBeGreaterThanOrEqual(50);
    expect(JSON.stringify(body)).not.toMatch(/\/work\/|DATABASE_URL|file:/);
  });
});
