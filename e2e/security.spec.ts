import { expect, test } from "@playwright/test";
import { MEASURED_PAGES } from "../lib/contract/measured-pages";

test.describe("security headers", () => {
  test("should send the security headers and no X-Powered-By on pages, assets and images", async ({ request, page }) => {
    await page.goto("/?mode=naive");
    const asset = await page.locator("script[src]").first().getAttribute("src");
    await page.goto("/?mode=optimized");
    const image = await page.locator("main img").first().getAttribute("src");
    for (const path of ["/", asset!, image!, "/no-such-page", "/?page=0"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-powered-by"], path).toBeUndefined();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });

  for (const mode of ["naive", "optimized"]) {
    test(`should report no Content-Security-Policy violation on any page in ${mode} mode`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      for (const route of MEASURED_PAGES) {
        const separator = route.path.includes("?") ? "&" : "?";
        await page.goto(`${route.path}${separator}mode=${mode}`);
        await page.waitForLoadState("networkidle");
        await page.getByTestId("debug-panel").locator("summary").click();
        await expect(page.getByTestId("debug-queries-table")).toBeVisible();
      }
      expect(violations).toEqual([]);
    });
  }
});
