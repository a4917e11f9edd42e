import { expect, test } from "@playwright/test";
import { MEASURED_PAGES } from "../lib/contract/measured-pages";
import { coldDataCache, getInMode, MODES, serverTiming } from "./support";

/** What a page shows under its header: the header alone names the mode. */
function mainOf(html: string): string {
  const main = /<main>[\s\S]*<\/main>/.exec(html)?.[0];
  if (!main) throw new Error("No <main> in the page.");
  return main;
}

test.describe("cached mode", () => {
  for (const route of MEASURED_PAGES) {
    test(`should query on the first visit to ${route.name} (${route.path}) as optimized does, and not at all on the second, showing the same page`, async ({
      request,
    }) => {
      coldDataCache();
      const optimized = await getInMode(request, route.path, "optimized");
      const cold = await getInMode(request, route.path, "cached");
      const warm = await getInMode(request, route.path, "cached");
      for (const response of [optimized, cold, warm]) expect(response.status()).toBe(200);
      expect(serverTiming(cold).queries).toBeGreaterThan(0);
      expect(serverTiming(cold).queries).toBe(serverTiming(optimized).queries);
      expect(serverTiming(warm).queries).toBe(0);
      expect(serverTiming(warm).mode).toBe("cached");
      expect(serverTiming(cold).dataCache).toMatchObject({ store: "memory", hits: 0, errors: 0 });
      expect(serverTiming(warm).dataCache).toMatchObject({ store: "memory", misses: 0, errors: 0 });
      expect(mainOf(await cold.text())).toBe(mainOf(await optimized.text()));
      expect(mainOf(await warm.text())).toBe(mainOf(await optimized.text()));
    });
  }

  test("should read the blog afresh after a seed: the first page after it misses and queries again", async ({ request }) => {
    await getInMode(request, "/", "cached");
    const warm = serverTiming(await getInMode(request, "/", "cached"));
    coldDataCache();
    const reseeded = serverTiming(await getInMode(request, "/", "cached"));
    expect(warm.queries).toBe(0);
    expect(reseeded.queries).toBeGreaterThan(0);
    expect(reseeded.dataCache?.hits).toBe(0);
  });

  for (const mode of MODES) {
    test(`should leave ${mode} mode uncached: the same queries on every visit, and no cache metric`, async ({ request }) => {
      const visits = [];
      for (let i = 0; i < 3; i += 1) visits.push(serverTiming(await getInMode(request, "/", mode)));
      expect(visits[0]!.queries).toBeGreaterThan(0);
      expect(visits.map((v) => v.queries)).toEqual([visits[0]!.queries, visits[0]!.queries, visits[0]!.queries]);
      expect(visits.map((v) => v.dataCache)).toEqual([null, null, null]);
    });
  }
});

test.describe("the debug panel in cached mode", () => {
  test("should list no query on a warm page, and say which store answered, hit, and how old the data is", async ({ page }) => {
    coldDataCache();
    await page.goto("/?mode=cached");
    await expect(page.getByTestId("debug-data-cache")).toContainText("memory: 0 hits, 2 misses, 0 errors");
    await page.goto("/?mode=cached");
    await expect(page.getByTestId("debug-queries")).toHaveText("0");
    await expect(page.getByTestId("debug-data-cache")).toContainText(/memory: 2 hits, 0 misses, 0 errors, age \d+(\.\d)? (ms|s)/);
    await page.getByTestId("debug-panel").locator("summary").click();
    await expect(page.getByTestId("debug-queries-table")).toBeVisible();
    await expect(page.getByTestId("debug-queries-table").locator("tbody tr")).toHaveCount(0);
  });

  test("should show no cache on an optimized page", async ({ page }) => {
    await page.goto("/?mode=optimized");
    await expect(page.getByTestId("debug-queries")).toHaveText(/^[1-9]\d*$/);
    await expect(page.getByTestId("debug-data-cache")).toHaveCount(0);
  });
});
