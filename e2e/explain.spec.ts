import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseServerTiming } from "../lib/contract/server-timing";
import { DEBUG_REQUESTS, queryPlanUrl, requestDetailUrl } from "../lib/contract/urls/debug";
import { copyBlog, removeFolder, startServe } from "./server-process";
import { getInMode, serverTiming, debugId } from "./support";

/** The naive sidebar's test for a category with articles: it loads all of the category's articles. */
const EXISTENCE_CHECK = /`main`\.`Article`\.`body`.* FROM `main`\.`Article` WHERE EXISTS/;

type Plan = { sql: string; plan: string[]; fullScans: string[]; cannotExplain?: string };

/** The request id of a fresh naive home page and the SQL of its recorded queries. */
async function naiveHomePage(request: APIRequestContext) {
  const id = debugId(serverTiming(await getInMode(request, "/", "naive")));
  const detail = (await (await request.get(requestDetailUrl(id))).json()) as { queries: { sql: string }[] };
  return { id, queries: detail.queries };
}

test.describe("EXPLAIN in the debug panel", () => {
  test("should explain a recorded query of the naive home page with the plan SQLite makes for it", async ({ request }) => {
    const { id, queries } = await naiveHomePage(request);
    const response = await request.get(`${queryPlanUrl(id, 1)}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = (await response.json()) as Plan;
    expect(body.sql).toBe(queries[1]!.sql);
    expect(body.sql).toMatch(/^SELECT .* FROM `main`\.`Author`/);
    expect(body.plan).toEqual(["SEARCH main.Author USING INTEGER PRIMARY KEY (rowid=?)"]);
    expect(body.fullScans).toEqual([]);
  });

  test("should not flag the naive listing query, which reads Article along its publishedAt index", async ({ request }) => {
    const { id, queries } = await naiveHomePage(request);
    expect(queries[0]!.sql).toMatch(/FROM `main`\.`Article` .*ORDER BY/);
    const body = (await (await request.get(`${queryPlanUrl(id, 0)}`)).json()) as Plan;
    expect(body.plan.join("\n")).toMatch(/SCAN main\.Article USING INDEX Article_publishedAt\w*_idx/);
    expect(body.fullScans).toEqual([]);
  });

  test("should flag the naive existence check, which reads every article to find one in a category", async ({ request }) => {
    const { id, queries } = await naiveHomePage(request);
    const index = queries.findIndex((q) => EXISTENCE_CHECK.test(q.sql));
    expect(index).toBeGreaterThan(0);
    const body = (await (await request.get(`${queryPlanUrl(id, index)}`)).json()) as Plan;
    expect(body.plan[0]).toBe("SCAN main.Article");
    expect(body.fullScans).toEqual(["Article"]);
  });

  test("should explain only the recorded statement and refuse forged paths", async ({ request }) => {
    const { id, queries } = await naiveHomePage(request);
    const forged = await request.get(`${queryPlanUrl(id, 0)}?sql=${encodeURIComponent("SELECT 1")}&args=[1]`);
    expect(forged.status()).toBe(200);
    expect(((await forged.json()) as Plan).sql).toBe(queries[0]!.sql);
    const refused: [string, number][] = [
      [`${id}/queries/${encodeURIComponent("SELECT 1")}/plan`, 400],
      [`${id}/queries/-1/plan`, 400],
      [`${id}/queries/1.5/plan`, 400],
      [`${id}/queries/01/plan`, 400],
      [`${id}/queries//plan`, 400],
      [`${id}/queries/${queries.length}/plan`, 404],
      [`${id}/queries/999999/plan`, 404],
      [`0000000000000000/queries/0/plan`, 404],
      [`${id}/queries/0/plan/${encodeURIComponent("SELECT 1")}`, 404],
      [`${id}/plan?sql=${encodeURIComponent("SELECT 1")}`, 404],
      [`explain?sql=${encodeURIComponent("SELECT 1")}`, 404],
    ];
    for (const [path, status] of refused) {
      const response = await request.get(`${DEBUG_REQUESTS}${path}`);
      expect(response.status(), path).toBe(status);
      expect(response.headers()["cache-control"], path).toBe("no-store");
    }
  });

  test("should show a query's plan in the panel when its plan button is clicked, hide it on a second click, and flag a full scan", async ({
    page,
  }) => {
    await page.goto("/?mode=naive");
    await page.getByTestId("debug-panel").locator("summary").click();
    const button = page.getByTestId("debug-plan-button").first();
    await button.click();
    await expect(page.getByTestId("debug-plan")).toHaveCount(1);
    await expect(page.getByTestId("debug-plan")).toContainText(/SCAN main\.Article USING INDEX Article_publishedAt\w*_idx/);
    await expect(page.getByTestId("debug-plan-flag")).toHaveCount(0);
    await button.click();
    await expect(page.getByTestId("debug-plan")).toHaveCount(0);
    const rows = page.getByTestId("debug-queries-table").locator("tbody tr");
    await rows.filter({ hasText: EXISTENCE_CHECK }).first().getByTestId("debug-plan-button").click();
    await expect(page.getByTestId("debug-plan-flag")).toHaveText("full scan of Article");
  });

  test("should remove the explain endpoint with DEBUG_PANEL=0", async () => {
    test.setTimeout(120_000);
    const blog = copyBlog();
    try {
      const server = await startServe({ ...blog.env, DEBUG_PANEL: "0" });
      const figures = parseServerTiming((await fetch(`${server.url}/?mode=naive`)).headers.get("server-timing"));
      expect(figures!.queries).toBeGreaterThan(40);
      expect(figures!.requestId).toBeNull();
      expect((await fetch(`${server.url}${queryPlanUrl("0123456789abcdef", 0)}`)).status).toBe(404);
      server.kill("SIGTERM");
      await server.exited;
    } finally {
      removeFolder(blog.dir);
    }
  });
});
