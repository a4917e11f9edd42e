import { expect, test, type APIRequestContext } from "@playwright/test";
import { readFileSync } from "node:fs";
import { MEASURED_PAGES } from "../lib/contract/measured-pages";
import { articlePath, HOME_PATH } from "../lib/contract/urls/blog";
import { MAX_STACK } from "../lib/debug/call-sites";
import { requirePostgres, seededPostgresBlog, type PostgresBlog } from "./postgres-support";
import { runCommand, startServe } from "./server-process";
import { expectNoFindings, getInMode, requestDetail, serverTiming, type Mode } from "./support";

const ARTICLE = articlePath("a-practical-guide-to-brotli");
const CALL_SITE = /^(app|lib|prisma|scripts)\/[\w./[\]-]+\.tsx?:\d+$/;

/** Whether `path:line` names a line of a source file of this repository that makes a database call. */
function isRealDatabaseLine(callSite: string): boolean {
  const [file, line] = callSite.split(":");
  const text = readFileSync(file!, "utf8").split("\n")[Number(line) - 1] ?? "";
  return /\bdb\b|\$queryRaw|postgresDb\(\)|\.(find\w*|count)\(/.test(text);
}

/** The checks the issue names, on one server: `base` is "" for the e2e server, or another server's URL. */
function describeFindings(base: () => string) {
  const get = (request: APIRequestContext, path: string, mode: Mode) =>
    base() ? request.get(`${base()}${path}`, { headers: { Cookie: `fastblog-mode=${mode}` } }) : getInMode(request, path, mode);

  test("should find the N+1s of the naive home page for authors, categories and comments, each with its line and its fix", async ({
    request,
  }) => {
    const response = await get(request, HOME_PATH, "naive");
    const { findings } = await requestDetail(request, response, base());
    const nPlusOnes = findings.filter((f) => f.kind === "n-plus-one");
    for (const relation of ["Author by id", "Category by articles", "Comment by articleId"]) {
      const finding = nPlusOnes.find((f) => f.suggestion.startsWith(relation));
      expect(finding, relation).toBeDefined();
      expect(finding!.count, relation).toBeGreaterThanOrEqual(10);
      expect(finding!.callSite, relation).toMatch(CALL_SITE);
      expect(isRealDatabaseLine(finding!.callSite!), `${relation}: ${finding!.callSite}`).toBe(true);
      expect(finding!.technique.fix, relation).toMatch(/^lib\/techniques\/[\w-]+\.ts:\d+$/);
      expect(finding!.suggestion.length, relation).toBeGreaterThan(40);
    }
    expect(nPlusOnes.find((f) => f.suggestion.startsWith("Author by id"))!.suggestion).toContain("`include: { author: true }`");
    expect(serverTiming(response).findings).toBe(findings.length);
  });

  test("should find nothing on any optimized page", async ({ request }) => {
    for (const page of MEASURED_PAGES) await expectNoFindings(request, await get(request, page.path, "optimized"), base());
  });

  for (const mode of ["naive", "optimized"] as const) {
    test(`should give at least 95% of the queries a real call site and a stack on the home and article pages in ${mode} mode`, async ({
      request,
    }) => {
      for (const path of [HOME_PATH, ARTICLE]) {
        const { queries } = await requestDetail(request, await get(request, path, mode), base());
        const sited = queries.filter((q) => q.callSite !== null);
        expect(sited.length / queries.length, path).toBeGreaterThanOrEqual(0.95);
        for (const query of sited) {
          expect(query.callSite, path).toMatch(CALL_SITE);
          expect(query.stack[0], path).toBe(query.callSite);
          expect(query.stack.length, path).toBeLessThanOrEqual(MAX_STACK);
          expect(
            query.stack.every((frame) => CALL_SITE.test(frame)),
            path,
          ).toBe(true);
        }
        expect(JSON.stringify(queries), path).not.toMatch(/\/work\/|node_modules|\.next\//);
      }
    });
  }
}

test.describe("findings on SQLite", () => {
  describeFindings(() => "");

  test("should name the repeated first comment and the related articles read whole on the naive article page", async ({ request }) => {
    const { findings } = await requestDetail(request, await getInMode(request, ARTICLE, "naive"));
    const kinds = findings.map((f) => [f.kind, f.technique.name]);
    expect(kinds).toContainEqual(["repeated-first", "first-item"]);
    expect(kinds).toContainEqual(["unbounded", "eager-loading"]);
  });

  test("should show the findings first in the panel, copy a call site, and open a query's stack", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${HOME_PATH}?mode=naive`);
    const panel = page.getByTestId("debug-panel");
    await expect(panel.getByTestId("debug-finding-count")).toHaveText(/^\d+ findings$/);
    await panel.locator("summary").click();
    const first = panel.locator(".detail > *").first();
    await expect(first).toHaveAttribute("data-testid", "debug-findings");
    const finding = panel.getByTestId("debug-finding").filter({ hasText: "Author by id" });
    const site = await finding.getByTestId("debug-finding-site").textContent();
    expect(site).toMatch(CALL_SITE);
    await finding.getByTestId("debug-copy-site").click();
    await expect(finding.getByTestId("debug-copy-site")).toHaveText("copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site);
    const row = panel.getByTestId("debug-call-site").first();
    await expect(row).toHaveText(CALL_SITE);
    await row.click();
    // From the query's line to the page: the listing, the data function, the data cache's
    // pass-through (naive keeps no data, but every page's data goes through the technique), the page.
    await expect(row.getByTestId("debug-stack").locator("li")).toHaveText([
      /^lib\/data\/articles\.ts:\d+$/,
      /^lib\/data\/blog\.ts:\d+$/,
      /^lib\/techniques\/data-cache\.ts:\d+$/,
      /^lib\/data\/blog\.ts:\d+$/,
      /^app\/page\.tsx:\d+$/,
    ]);
  });

  test("should list the naive findings and exit 0 with npm run queries against a running server", async ({ baseURL }) => {
    const run = runCommand("npm", ["run", "queries", "--", "--url", baseURL!], {});
    const { code } = await run.exited;
    expect(code, run.output()).toBe(0);
    expect(run.output()).toMatch(/naive \/ \(home\): 172 queries, 172 with their line, \d+ findings/);
    expect(run.output()).toMatch(/n-plus-one +50× +lib\/techniques\/eager-loading\.ts:\d+/);
    expect(run.output()).toMatch(/optimized \/ \(home\): \d queries, \d with their line, 0 findings/);
    expect(run.output()).toMatch(/naive: \d+ findings; optimized: 0\./);
  });
});

test.describe("findings on PostgreSQL", () => {
  const bin = requirePostgres();
  test.describe.configure({ mode: "serial", timeout: 240_000 });
  let blog: PostgresBlog;
  let server: Awaited<ReturnType<typeof startServe>>;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    blog = await seededPostgresBlog(bin());
    server = await startServe(blog.env);
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await server?.exited;
    blog?.remove();
  });

  describeFindings(() => server.url);
});
