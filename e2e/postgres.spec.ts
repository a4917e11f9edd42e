import { expect, test } from "@playwright/test";
import pg from "pg";
import { queryPlanUrl, requestDetailUrl } from "../lib/contract/urls/debug";
import { requirePostgres, seededPostgresBlog, type PostgresBlog } from "./postgres-support";
import { runScript, startServe } from "./server-process";
import { getInMode, listedTitles, serverTiming, debugId } from "./support";

test.describe("on PostgreSQL", () => {
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

  test("should load the optimized home page in 2 queries with relation joins", async ({ request }) => {
    const timing = serverTiming(await request.get(`${server.url}/`, { headers: { Cookie: "fastblog-mode=optimized" } }));
    expect(timing.queries).toBeLessThanOrEqual(2);
  });

  test("should load the optimized article page in 2 queries", async ({ request }) => {
    const response = await request.get(`${server.url}/articles/a-practical-guide-to-brotli`, {
      headers: { Cookie: "fastblog-mode=optimized" },
    });
    expect(response.status()).toBe(200);
    expect(serverTiming(response).queries).toBe(2);
  });

  test("should still make 40 or more queries in naive mode", async ({ request }) => {
    const timing = serverTiming(await request.get(`${server.url}/`, { headers: { Cookie: "fastblog-mode=naive" } }));
    expect(timing.queries).toBeGreaterThanOrEqual(40);
    expect(timing.duplicates).toBeGreaterThan(0);
  });

  test("should explain a recorded query with PostgreSQL's plain EXPLAIN, which does not run it", async ({ request }) => {
    const timing = serverTiming(await request.get(`${server.url}/`, { headers: { Cookie: "fastblog-mode=naive" } }));
    const detail = (await (await request.get(`${server.url}${requestDetailUrl(debugId(timing))}`)).json()) as {
      queries: { sql: string }[];
    };
    const index = detail.queries.findIndex((q) => q.sql.includes('FROM "public"."Author"'));
    const response = await request.get(`${server.url}${queryPlanUrl(debugId(timing), index)}`);
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { sql: string; plan: string[]; fullScans: string[] };
    expect(body.sql).toBe(detail.queries[index]!.sql);
    expect(body.plan[0]).toMatch(/\(cost=[\d.]+ rows=\d+ width=\d+\)$/);
    expect(body.plan.join("\n")).toMatch(/Scan .*on "Author"/);
    expect(body.plan.join("\n")).not.toContain("actual time");
    // Author is small and not counted as growing, so even a sequential scan of it is not flagged.
    expect(body.fullScans).toEqual([]);
  });

  test("should show the same articles, comments and related articles as on SQLite", async ({ request }) => {
    for (const route of ["/", "/?page=2", "/articles/a-practical-guide-to-brotli", "/authors/ada-lovelace", "/categories"]) {
      for (const mode of ["naive", "optimized"] as const) {
        const onPostgres = await (await request.get(`${server.url}${route}`, { headers: { Cookie: `fastblog-mode=${mode}` } })).text();
        const onSqlite = await (await getInMode(request, route, mode)).text();
        const main = (html: string) => (/<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
        expect(listedTitles(onPostgres), `${route} ${mode}`).toEqual(listedTitles(onSqlite));
        expect(main(onPostgres), `${route} ${mode}`).toBe(main(onSqlite));
      }
    }
  });

  test("should rebuild fastblog's own tables with npm run db:reset and leave other tables alone", async () => {
    const env = blog.env;
    const client = new pg.Client({ connectionString: blog.cluster.url });
    await client.connect();
    try {
      await client.query(`CREATE TABLE "Unrelated" (id int); INSERT INTO "Unrelated" VALUES (7); DELETE FROM "SeedMark"`);
      const reset = runScript("scripts/reset.ts", env, ["--yes"]);
      expect((await reset.exited).code, reset.output()).toBe(0);
      expect((await client.query(`SELECT COUNT(*)::int AS n FROM "Article"`)).rows[0].n).toBe(210);
      expect((await client.query(`SELECT COUNT(*)::int AS n FROM "SeedMark"`)).rows[0].n).toBe(1);
      expect((await client.query(`SELECT id FROM "Unrelated"`)).rows).toEqual([{ id: 7 }]);
    } finally {
      await client.end();
    }
  });
});
