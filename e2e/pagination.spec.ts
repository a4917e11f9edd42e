import { expect, test } from "@playwright/test";
import { getInMode, listedTitles } from "./support";

test.describe("pagination", () => {
  test("should continue page 1 on page 2 without gaps or repeats", async ({ request }) => {
    const naive = listedTitles(await (await getInMode(request, "/", "naive")).text());
    const page1 = listedTitles(await (await getInMode(request, "/", "optimized")).text());
    const page2 = listedTitles(await (await getInMode(request, "/?page=2", "optimized")).text());
    expect(page1).toHaveLength(10);
    expect(page2).toHaveLength(10);
    expect([...page1, ...page2]).toEqual(naive.slice(0, 20));
  });

  test("should show Next but no Previous on page 1, and both on page 2", async ({ page }) => {
    await page.goto("/?mode=optimized");
    await expect(page.locator("a[rel=next]")).toHaveAttribute("href", "/?page=2");
    await expect(page.locator("a[rel=prev]")).toHaveCount(0);
    await page.locator("a[rel=next]").click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(page.locator("a[rel=prev]")).toHaveAttribute("href", "/");
    await expect(page.locator("a[rel=next]")).toHaveAttribute("href", "/?page=3");
  });

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
