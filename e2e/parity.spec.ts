import { expect, test } from "@playwright/test";
import { MEASURED_PAGES } from "../lib/contract/measured-pages";
import { HOME_PATH, pageHref } from "../lib/contract/urls/blog";
import { pagination } from "../lib/techniques/pagination";
import { getInMode, listedTitles } from "./support";

const NAIVE_PAGE_SIZE = pagination.naive.pageSize;
const OPTIMIZED_PAGE_SIZE = pagination.optimized.pageSize;

function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The visible text of a page's main content outside its article list. */
function textOutsideList(html: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "";
  return visibleText(main.replace(/<section class="article-list"[\s\S]*?<\/section>/, ""));
}

/** The visible text of each listed article, in order: title, author, date, comments, excerpt, categories. */
function cardTexts(html: string): string[] {
  return [...html.matchAll(/<article class="card">([\s\S]*?)<\/article>/g)].map((m) => visibleText(m[1]!));
}

/** The naive page that holds the articles of an optimized page, and where they start on it. */
function naiveCounterpart(path: string): { path: string; offset: number } {
  const url = new URL(path, "http://fastblog");
  const first = (Number(url.searchParams.get("page") ?? 1) - 1) * OPTIMIZED_PAGE_SIZE;
  const naivePage = Math.floor(first / NAIVE_PAGE_SIZE) + 1;
  if (naivePage === 1) url.searchParams.delete("page");
  else url.searchParams.set("page", String(naivePage));
  return { path: `${url.pathname}${url.search}`, offset: first - (naivePage - 1) * NAIVE_PAGE_SIZE };
}

test.describe("both modes show the same content", () => {
  for (const route of MEASURED_PAGES) {
    test(`should show the same content on ${route.name} (${route.path})`, async ({ request }) => {
      const counterpart = naiveCounterpart(route.path);
      const naiveResponse = await getInMode(request, counterpart.path, "naive");
      const optimizedResponse = await getInMode(request, route.path, "optimized");
      expect(naiveResponse.status()).toBe(200);
      expect(optimizedResponse.status()).toBe(200);
      const [naive, optimized] = [await naiveResponse.text(), await optimizedResponse.text()];
      expect(textOutsideList(optimized).length).toBeGreaterThan(0);
      expect(textOutsideList(naive)).toBe(textOutsideList(optimized));
      const optimizedCards = cardTexts(optimized);
      expect(cardTexts(naive).slice(counterpart.offset, counterpart.offset + optimizedCards.length)).toEqual(optimizedCards);
    });
  }

  const optimizedPages = NAIVE_PAGE_SIZE / OPTIMIZED_PAGE_SIZE;
  test(`should list the same ${NAIVE_PAGE_SIZE} articles in naive page 1 as in optimized pages 1 to ${optimizedPages}`, async ({
    request,
  }) => {
    const naive = listedTitles(await (await getInMode(request, HOME_PATH, "naive")).text());
    const pages: string[] = [];
    for (let page = 1; page <= optimizedPages; page += 1) {
      pages.push(...listedTitles(await (await getInMode(request, pageHref(HOME_PATH, page), "optimized")).text()));
    }
    expect(naive).toHaveLength(NAIVE_PAGE_SIZE);
    expect(pages).toEqual(naive);
  });

  test("should show each listed article with its author, portrait, date, categories and comment count", async ({ request }) => {
    for (const mode of ["naive", "optimized"] as const) {
      const html = await (await getInMode(request, "/", mode)).text();
      const first = /<article class="card">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? "";
      expect(first, mode).toMatch(/<img[^>]*class="img-portrait"/);
      expect(first, mode).toMatch(/<a href="\/authors\/[a-z-]+">/);
      expect(first, mode).toMatch(/<time dateTime="\d{4}-/);
      expect(first, mode).toMatch(/href="\/categories\/[a-z-]+"/);
      expect(first, mode).toMatch(/\d+ comments?/);
    }
  });
});
