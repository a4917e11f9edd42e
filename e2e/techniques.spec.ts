import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { KEPT_SCRIPT_ID } from "../lib/contract/markup";
import { OPTIMIZED_TECHNIQUES, TECHNIQUES, type Technique } from "../lib/contract/mode";
import { articlePath, HOME_PATH } from "../lib/contract/urls/blog";
import { pagination } from "../lib/techniques/pagination";
import { CATEGORIES } from "../prisma/seed-data";
import { coldDataCache, listedTitles, serverTiming } from "./support";

const ARTICLE = articlePath("a-practical-guide-to-brotli");
const [NAIVE_PAGE, OPTIMIZED_PAGE] = [pagination.naive.pageSize, pagination.optimized.pageSize];

/** What a page answered: its response and its HTML. */
type Page = { response: APIResponse; html: string };

/**
 * A technique that changes what a page is or how it travels: one fact, read from the response,
 * that is `on` whenever the technique is on and `off` whenever it is off, whatever the others do.
 */
type Shows<T> = { path: string; what: string; read: (page: Page) => T; on: T; off: T };

/**
 * A technique that changes what a page costs, not what it shows: how many queries fewer the page
 * runs with it, from naive (it alone on) and from optimized (it alone off), the costs its doc
 * comment states; and the part of the page it serves, the same either way.
 */
type Saves = { path: string; what: string; fromNaive: number; fromOptimized: number; content: (html: string) => string };

/**
 * A technique that keeps a page's data between requests: the first visit costs what the page
 * costs without it, the second no query, alone (from naive) or with every other (cached mode);
 * and the part of the page it serves is the same as without it.
 */
type Caches = { path: string; what: string; content: (html: string) => string };

type Case = { shows: Shows<unknown> } | { saves: Saves } | { caches: Caches };

const shows = <T>(fact: Shows<T>): Case => ({ shows: fact as Shows<unknown> });

/** The visible text of the first part of the HTML that `pattern` matches. */
function textOf(html: string, pattern: RegExp): string {
  const part = pattern.exec(html)?.[0];
  if (!part) throw new Error(`No ${pattern} in the page.`);
  return part
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const ARTICLE_LIST = /<section class="article-list"[\s\S]*?<\/section>/;
const SIDEBAR = /<aside class="sidebar">[\s\S]*?<\/aside>/;
const FIRST_COMMENT = /<p class="first-comment">[\s\S]*?<\/p>/;

const CASES = {
  "eager-loading": {
    saves: {
      path: HOME_PATH,
      what: "load the listed articles' authors and categories in 2 queries instead of 2 an article",
      fromNaive: 2 * NAIVE_PAGE - 2,
      fromOptimized: 2 * OPTIMIZED_PAGE - 2,
      content: (html) => textOf(html, ARTICLE_LIST),
    },
  },
  pagination: shows({
    path: HOME_PATH,
    what: "list 10 articles a page with Previous and Next instead of 50 on one page",
    read: ({ html }) => ({ articles: listedTitles(html).length, next: html.includes('rel="next"') }),
    on: { articles: OPTIMIZED_PAGE, next: true },
    off: { articles: NAIVE_PAGE, next: false },
  }),
  counts: {
    saves: {
      path: HOME_PATH,
      what: "read each listed article's comment count from its row instead of 1 query an article",
      fromNaive: NAIVE_PAGE,
      fromOptimized: OPTIMIZED_PAGE,
      content: (html) => textOf(html, ARTICLE_LIST),
    },
  },
  exists: {
    saves: {
      path: HOME_PATH,
      what: "list the sidebar's categories in 1 query instead of 1 a category",
      fromNaive: CATEGORIES.length,
      fromOptimized: CATEGORIES.length,
      content: (html) => textOf(html, SIDEBAR),
    },
  },
  thumbnails: shows({
    path: HOME_PATH,
    what: "point every image at a thumbnail (/thumbs/) instead of its original (/media/)",
    read: ({ html }) => [...new Set([...html.matchAll(/<img\b[^>]*?\ssrc="(\/\w+\/)/g)].map((m) => m[1]))],
    on: ["/thumbs/"],
    off: ["/media/"],
  }),
  compression: shows({
    path: HOME_PATH,
    what: "send the page in brotli instead of as it is",
    read: ({ response }) => response.headers()["content-encoding"] ?? "identity",
    on: "br",
    off: "identity",
  }),
  "cache-headers": shows({
    path: HOME_PATH,
    what: "give the page an ETag and let the browser revalidate it",
    read: ({ response }) => ({ cacheControl: response.headers()["cache-control"], etag: "etag" in response.headers() }),
    on: { cacheControl: "private, no-cache", etag: true },
    off: { cacheControl: "private", etag: false },
  }),
  "static-html": shows({
    path: HOME_PATH,
    what: "send no framework script, only the debug panel's",
    read: ({ html }) => {
      const kept = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0].includes(`id="${KEPT_SCRIPT_ID}"`));
      return { panel: kept.includes(true), framework: kept.includes(false) };
    },
    on: { panel: true, framework: false },
    off: { panel: true, framework: true },
  }),
  "first-item": {
    saves: {
      path: ARTICLE,
      what: "take the first comment from the comments loaded instead of 1 query more",
      fromNaive: 1,
      fromOptimized: 1,
      content: (html) => textOf(html, FIRST_COMMENT),
    },
  },
  "data-cache": {
    caches: {
      path: HOME_PATH,
      what: "answer the page's data from the cache the second time, with no query",
      content: (html) => textOf(html, ARTICLE_LIST) + textOf(html, SIDEBAR),
    },
  },
} satisfies Record<Technique, Case>;

/** The page in a mode given by URL: `mode=naive`, `mode=optimized` or a `techniques=` list. */
async function get(request: APIRequestContext, path: string, choice: string): Promise<Page> {
  const response = await request.get(`${path}?${choice}`, { headers: { "Accept-Encoding": "gzip, deflate, br, zstd" } });
  expect(response.status(), `${path}?${choice}`).toBe(200);
  return { response, html: await response.text() };
}

/** The four modes a technique of optimized is looked at in: none, it alone, optimized but it, optimized. */
async function fourWays(request: APIRequestContext, path: string, technique: Technique) {
  const allBut = OPTIMIZED_TECHNIQUES.filter((t) => t !== technique).join(",");
  return {
    naive: await get(request, path, "mode=naive"),
    alone: await get(request, path, `techniques=${technique}`),
    without: await get(request, path, `techniques=${allBut}`),
    optimized: await get(request, path, "mode=optimized"),
  };
}

test.describe("each technique alone", () => {
  for (const technique of TECHNIQUES) {
    const c: Case = CASES[technique];
    if ("shows" in c) {
      const { path, what, read, on, off } = c.shows;
      test(`${technique}: should ${what}, alone or with every other technique, and not without it`, async ({ request }) => {
        const pages = await fourWays(request, path, technique);
        expect(read(pages.naive), "naive").toEqual(off);
        expect(read(pages.alone), `${technique} alone`).toEqual(on);
        expect(read(pages.without), `all but ${technique}`).toEqual(off);
        expect(read(pages.optimized), "optimized").toEqual(on);
      });
    } else if ("caches" in c) {
      const { path, what, content } = c.caches;
      test(`${technique}: should ${what}, alone or with every other technique`, async ({ request }) => {
        coldDataCache();
        const queries = (page: Page) => serverTiming(page.response).queries;
        const naive = await get(request, path, "mode=naive");
        const optimized = await get(request, path, "mode=optimized");
        const alone = [await get(request, path, `techniques=${technique}`), await get(request, path, `techniques=${technique}`)];
        const cached = [await get(request, path, "mode=cached"), await get(request, path, "mode=cached")];
        expect(alone.map(queries), `${technique} alone, cold then warm`).toEqual([queries(naive), 0]);
        expect(cached.map(queries), "cached, cold then warm").toEqual([queries(optimized), 0]);
        expect(serverTiming(cached[1]!.response).dataCache).toMatchObject({ store: "memory", hits: 2, misses: 0, errors: 0 });
        expect(serverTiming(optimized.response).dataCache).toBeNull();
        for (const page of alone) expect(content(page.html)).toBe(content(naive.html));
        for (const page of cached) expect(content(page.html)).toBe(content(optimized.html));
      });
    } else {
      const { path, what, fromNaive, fromOptimized, content } = c.saves;
      test(`${technique}: should ${what}, ${fromNaive} queries fewer than naive and ${fromOptimized} than optimized`, async ({
        request,
      }) => {
        const pages = await fourWays(request, path, technique);
        const queries = (page: Page) => serverTiming(page.response).queries;
        expect(queries(pages.naive) - queries(pages.alone), `${technique} alone against naive`).toBe(fromNaive);
        expect(queries(pages.without) - queries(pages.optimized), `all but ${technique} against optimized`).toBe(fromOptimized);
        expect(content(pages.alone.html)).toBe(content(pages.naive.html));
        expect(content(pages.without.html)).toBe(content(pages.optimized.html));
      });
    }
  }
});
