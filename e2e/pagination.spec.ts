import { expect, test } from "@playwright/test";
import { pageHref } from "../lib/contract/urls/blog";
import { getInMode, listedTitles } from "./support";

/** Listings of the seeded blog with their number of optimized pages: 210, 40 and 25 articles, 10 a page. */
const LISTINGS = [
  { base: "/", pages: 21 },
  { base: "/categories/databases", pages: 4 },
  { base: "/authors/ada-lovelace", pages: 3 },
];

/** How many pages each listing is walked through with Next, and back with Previous: all of the author's. */
const WALKED = 3;

/** Where a page's Previous (`prev`) or Next link leads; undefined when it has none. */
function linkOf(html: string, rel: "prev" | "next"): string | undefined {
  return new RegExp(`<a rel="${rel}" href="([^"]+)"`).exec(html)?.[1]?.replaceAll("&amp;", "&");
}

test.describe("pagination", () => {
  test("should continue page 1 on page 2 without gaps or repeats", async ({ request }) => {
    const naive = listedTitles(await (await getInMode(request, "/", "naive")).text());
    const page1 = listedTitles(await (await getInMode(request, "/", "optimized")).text());
    const page2 = listedTitles(await (await getInMode(request, "/?page=2", "optimized")).text());
    expect(page1).toHaveLength(10);
    expect(page2).toHaveLength(10);
    expect([...page1, ...page2]).toEqual(naive.slice(0, 20));
  });

  test("should show Next but no Previous on page 1, and both on page 2, with the cursor where each starts", async ({ page }) => {
    await page.goto("/?mode=optimized");
    await expect(page.locator("a[rel=next]")).toHaveAttribute("href", /^\/\?page=2&after=\d+-\d+$/);
    await expect(page.locator("a[rel=prev]")).toHaveCount(0);
    await page.locator("a[rel=next]").click();
    await expect(page).toHaveURL(/\?page=2&after=\d+-\d+$/);
    await expect(page.locator("a[rel=prev]")).toHaveAttribute("href", "/");
    await expect(page.locator("a[rel=next]")).toHaveAttribute("href", /^\/\?page=3&after=\d+-\d+$/);
  });

  for (const { base, pages } of LISTINGS) {
    test(`should list the same articles through Next and back through Previous as by page number on ${base}`, async ({ request }) => {
      const titles = async (path: string) => listedTitles(await (await getInMode(request, path, "optimized")).text());
      const walked: { path: string; html: string }[] = [];
      let path = base;
      for (let number = 1; number <= WALKED; number += 1) {
        const html = await (await getInMode(request, path, "optimized")).text();
        expect(listedTitles(html), path).toEqual(await titles(pageHref(base, number)));
        expect(linkOf(html, "next") === undefined, `${path} is the last page`).toBe(number === pages);
        walked.push({ path, html });
        path = linkOf(html, "next") ?? "";
      }
      // And back: page 3's Previous starts page 2 at its cursor, page 2's is the listing itself, page 1 has none.
      const [first, second, third] = walked.map(({ html }) => html);
      const toSecond = linkOf(third!, "prev");
      expect(toSecond?.replace(/\d+-\d+$/, "<cursor>")).toBe(`${pageHref(base, 2)}&before=<cursor>`);
      expect(await titles(toSecond!)).toEqual(listedTitles(second!));
      expect(linkOf(second!, "prev")).toBe(base);
      expect(linkOf(first!, "prev")).toBeUndefined();
    });
  }

  for (const bad of ["page=2&after=x", "page=2&after=1-2&before=1-2", "after=1700000000000-5", "page=2&after=1-2&after=3-4"]) {
    test(`should answer 400 to a bad cursor (${bad})`, async ({ request }) => {
      expect((await getInMode(request, `/?${bad}`, "optimized")).status()).toBe(400);
    });
  }

  test("should show no Next on the last page and 404 past it", async ({ request }) => {
    const last = await getInMode(request, "/?page=21", "optimized");
    expect(last.status()).toBe(200);
    expect(await last.text()).not.toContain('rel="next"');
    expect((await getInMode(request, "/?page=22", "optimized")).status()).toBe(404);
    expect((await getInMode(request, "/?page=5", "naive")).status()).toBe(200);
    expect((await getInMode(request, "/?page=6", "naive")).status()).toBe(404);
  });

  test("should have no Previous/Next links in naive mode", async ({ request }) => {
    const html = await (await getInMode(request, "/", "naive")).text();
    expect(html).not.toContain('rel="next"');
    expect(listedTitles(html)).toHaveLength(50);
  });

  for (const bad of ["0", "-1", "1.5", "1e2", "abc", "", "01", "+2"]) {
    test(`should answer 400 to ?page=${bad}`, async ({ request }) => {
      const response = await getInMode(request, `/?page=${encodeURIComponent(bad)}`, "optimized");
      expect(response.status()).toBe(400);
      expect(await response.text()).toContain("?page= must be a whole number");
    });
  }

  test("should answer 400 to a repeated page and 404 to a page past the end on other listings", async ({ request }) => {
    expect((await getInMode(request, "/?page=1&page=2", "optimized")).status()).toBe(400);
    expect((await getInMode(request, "/?page=99999999999", "optimized")).status()).toBe(404);
    expect((await getInMode(request, "/categories/databases?page=999", "optimized")).status()).toBe(404);
    expect((await getInMode(request, "/authors/ada-lovelace?page=999", "naive")).status()).toBe(404);
  });
});
