import { expect, test } from "@playwright/test";
import { ROUTES } from "../lib/routes";
import { getInMode, listedTitles } from "./support";

/** The visible text of a page's main content, without the mode switch and the debug panel. */
function mainText(html: string): string {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "";
  return main
    .replace(/<nav class="page-links"[\s\S]*?<\/nav>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

test.describe("both modes show the same content", () => {
  for (const route of ROUTES) {
    test(`should show the same content on ${route.name} (${route.path})`, async ({ request }) => {
      const naive = await (await getInMode(request, route.path, "naive")).text();
      const optimized = await (await getInMode(request, route.path, "optimized")).text();
      const naiveTitles = listedTitles(naive);
      const optimizedTitles = listedTitles(optimized);
      if (optimizedTitles.length > 0 && route.path !== "/?page=2") {
        // naive lists 50 a page, optimized 10: naive's first ten are optimized's page one.
        expect(naiveTitles.slice(0, optimizedTitles.length)).toEqual(optimizedTitles);
      } else if (optimizedTitles.length === 0) {
        expect(mainText(naive)).toBe(mainText(optimized));
      }
    });
  }

  test("should list the same 50 articles in naive page 1 as in optimized pages 1 to 5", async ({ request }) => {
    const naive = listedTitles(await (await getInMode(request, "/", "naive")).text());
    const pages: string[] = [];
    for (let page = 1; page <= 5; page += 1) {
      pages.push(...listedTitles(await (await getInMode(request, page === 1 ? "/" : `/?page=${page}`, "optimized")).text()));
    }
    expect(naive).toHaveLength(50);
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
