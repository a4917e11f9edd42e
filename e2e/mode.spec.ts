import { expect, test } from "@playwright/test";
import { MODES } from "./support";

test.describe("the mode toggle in a real browser", () => {
  test("should keep ?mode= in a cookie across navigations", async ({ page, context }) => {
    await page.goto("/?mode=naive");
    await expect(page.getByTestId("current-mode")).toHaveText("naive");
    const cookie = (await context.cookies()).find((c) => c.name === "fastblog-mode");
    expect(cookie?.value).toBe("naive");
    expect(cookie?.httpOnly).toBe(true);
    await page.locator("article.card h2 a").first().click();
    await expect(page).toHaveURL(/\/articles\//);
    await expect(page.getByTestId("current-mode")).toHaveText("naive");
  });

  test("should flip the mode on the current page with the header switch", async ({ page }) => {
    await page.goto("/categories/databases?mode=optimized");
    await expect(page.getByTestId("current-mode")).toHaveText("optimized");
    await expect(page.locator("article.card")).toHaveCount(10);
    await page.getByTestId("mode-switch").click();
    await expect(page).toHaveURL(/\/categories\/databases\?mode=naive$/);
    await expect(page.getByTestId("current-mode")).toHaveText("naive");
    expect(await page.locator("article.card").count()).toBeGreaterThan(10);
    await page.getByTestId("mode-switch").click();
    await expect(page.getByTestId("current-mode")).toHaveText("optimized");
  });

  test("should lead from each mode to the two others with the header switch, the flip between naive and optimized first", async ({
    page,
  }) => {
    await page.goto("/categories/databases?mode=naive");
    await page.getByTestId("mode-switch-cached").click();
    await expect(page).toHaveURL(/\/categories\/databases\?mode=cached$/);
    await expect(page.getByTestId("current-mode")).toHaveText("cached");
    await expect(page.locator("article.card")).toHaveCount(10);
    await expect(page.locator(".mode-switch a")).toHaveText(["optimized", "naive"]);
    await page.getByTestId("mode-switch").click();
    await expect(page.getByTestId("current-mode")).toHaveText("optimized");
    await expect(page.locator(".mode-switch a")).toHaveText(["naive", "cached"]);
    await page.getByTestId("mode-switch-cached").click();
    await expect(page.getByTestId("current-mode")).toHaveText("cached");
    await page.getByTestId("mode-switch-naive").click();
    await expect(page.getByTestId("current-mode")).toHaveText("naive");
    await expect(page.locator(".mode-switch a")).toHaveText(["optimized", "cached"]);
  });

  test("should default to optimized without a choice", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("current-mode")).toHaveText("optimized");
  });

  test("should use the images of the chosen mode", async ({ page }) => {
    await page.goto("/?mode=naive");
    await expect(page.locator("img.img-portrait").first()).toHaveAttribute("src", /^\/media\/portraits\//);
    await page.goto("/?mode=optimized");
    await expect(page.locator("img.img-portrait").first()).toHaveAttribute("src", /^\/thumbs\/portraits\//);
  });

  test("should answer 400 and clear a garbage mode cookie", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "fastblog-mode", value: "warp-speed", url: baseURL! }]);
    const response = await page.goto("/");
    expect(response?.status()).toBe(400);
    await expect(page.locator("body")).toContainText("cookie is not valid");
    expect((await context.cookies()).find((c) => c.name === "fastblog-mode")).toBeUndefined();
    expect((await page.goto("/"))?.status()).toBe(200);
  });
});

test.describe("the debug panel", () => {
  test("should show the mode, queries, duplicates and server time collapsed, and the SQL on demand", async ({ page }) => {
    await page.goto("/?mode=naive");
    const panel = page.getByTestId("debug-panel");
    await expect(panel).toContainText("naive");
    const queries = Number(await page.getByTestId("debug-queries").textContent());
    expect(queries).toBeGreaterThanOrEqual(40);
    await expect(panel).toContainText("duplicated");
    await expect(panel).toContainText(/server \d+\.\d ms/);
    await expect(page.getByTestId("debug-weight")).toContainText(/KB in \d+ requests/);
    await expect(page.getByTestId("debug-queries-table")).toHaveCount(0);
    await panel.locator("summary").click();
    await expect(page.getByTestId("debug-queries-table").locator("tbody tr")).toHaveCount(queries);
    await expect(page.getByTestId("debug-similar")).toContainText("SELECT");
    // Which queries repeat exactly, with their parameters: the same author fetched again.
    await expect(page.getByTestId("debug-duplicates").locator("tbody tr").first()).toContainText(/\d+×.*FROM .*Author.*\[/);
  });

  test("should show few queries and no duplicates in optimized mode", async ({ page }) => {
    await page.goto("/?mode=optimized");
    const queries = Number(await page.getByTestId("debug-queries").textContent());
    expect(queries).toBeLessThanOrEqual(5);
    await expect(page.getByTestId("debug-panel")).not.toContainText("duplicated");
  });
});

test.describe("not found", () => {
  // Without JavaScript: the notice must be in the HTML the server sent, not drawn by a script.
  test.use({ javaScriptEnabled: false });
  const paths = [
    "/articles/no-such-article",
    "/authors/nobody",
    "/categories/no-such-category",
    "/categories/metaverse",
    "/?page=999",
    "/no/such/page",
  ];
  for (const mode of MODES) {
    for (const path of paths) {
      test(`should answer 404 with a server-rendered page for ${path} in ${mode} mode`, async ({ page }) => {
        const response = await page.goto(`${path}${path.includes("?") ? "&" : "?"}mode=${mode}`);
        expect(response?.status()).toBe(404);
        await expect(page.locator("h1")).toHaveText("Not found");
        await expect(page).toHaveTitle("Not found · fastblog");
        await expect(page.locator("header a.site-name")).toBeVisible();
        await expect(page.locator("main a[href='/']")).toBeVisible();
        // The not-found page is a page like any other: framework scripts in naive mode only.
        expect((await page.locator("script[src]").count()) > 0, "framework scripts").toBe(mode === "naive");
      });
    }
  }

  test("should link only to categories that have articles", async ({ page }) => {
    for (const mode of ["naive", "optimized"]) {
      await page.goto(`/categories?mode=${mode}`);
      const links = await page.locator(".category-index a").count();
      expect(links).toBe(17);
      await expect(page.locator(".category-index")).not.toContainText("Metaverse");
    }
  });
});
