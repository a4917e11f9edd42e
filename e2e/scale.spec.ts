import { expect, test } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseServerTiming } from "../lib/contract/server-timing";
import { MODE_COOKIE } from "../lib/contract/mode";
import { queryPlanUrl } from "../lib/contract/urls/debug";
import { NEWEST_FIRST } from "../lib/model/shapes";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { createPrismaClient } from "../lib/db/prisma-client";
import { CURVE_ROUTES } from "../scripts/bench/config/curve-routes";
import { resolveRoute } from "../scripts/bench/gather/curve-routes";
import type { CurveRoute } from "../scripts/bench/types/artifacts";
import { startCluster } from "../scripts/postgres-cluster";
import { requirePostgres } from "./postgres-support";
import { runScript, startServe } from "./server-process";
import { debugId } from "./support";

/**
 * At a scale where the tables are large enough for the planner to care (scale 100: 21,000
 * articles, about 300,000 comments, where PostgreSQL's planner may trade a few index probes for
 * hashing a whole table), no query of an optimized page reads a growing table whole, deep pages
 * typed as ?page=N alone included, and a deep page lists the right articles, typed or reached
 * through its Next link's cursor.
 */
const SCALE = "100";

type Blog = { env: Record<string, string>; stop: () => void };

async function seededBlog(databaseUrl: string, dir: string): Promise<Blog> {
  const env = { DATABASE_URL: databaseUrl, MEDIA_DIR: path.join(dir, "media") };
  for (const [script, args] of [
    ["scripts/migrate.ts", []],
    ["prisma/seed.ts", ["--scale", SCALE]],
  ] as const) {
    const run = runScript(script, env, [...args]);
    const { code } = await run.exited;
    if (code !== 0) throw new Error(`${script} failed:\n${run.output()}`);
  }
  return { env, stop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A Prisma client on another database than the test server's, for the length of `query`. */
async function withDatabase<T>(databaseUrl: string, query: (db: PrismaClient) => Promise<T>): Promise<T> {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const db = createPrismaClient({ instrumented: false });
  try {
    return await query(db);
  } finally {
    await db.$disconnect();
    process.env.DATABASE_URL = saved;
  }
}

type Plan = { sql: string; plan: string[]; fullScans: string[] };

async function fullScansOf(url: string, path: string): Promise<string[]> {
  const response = await fetch(`${url}${path}`, { headers: { Cookie: `${MODE_COOKIE}=optimized` } });
  expect(response.status, path).toBe(200);
  const figures = parseServerTiming(response.headers.get("server-timing"));
  const requestId = debugId(figures);
  const queries = figures!.queries;
  const found: string[] = [];
  for (let index = 0; index < queries; index += 1) {
    const plan = (await (await fetch(`${url}${queryPlanUrl(requestId, index)}`)).json()) as Plan;
    for (const table of plan.fullScans) found.push(`${path} query ${index} reads ${table} whole:\n${plan.sql}\n${plan.plan.join("\n")}`);
  }
  return found;
}

/** The articles a listing page shows, by slug. */
const slugs = (html: string) => [...html.matchAll(/<article class="card">[\s\S]*?<h2><a href="\/articles\/([^"]+)"/g)].map((m) => m[1]!);

async function optimizedHtml(url: string, path: string): Promise<string> {
  return (await fetch(`${url}${path}`, { headers: { Cookie: `${MODE_COOKIE}=optimized` } })).text();
}

/** Where the optimized page's Previous link goes: the page before, with its `before=` cursor. */
async function previousLinkOf(url: string, path: string): Promise<string> {
  const html = await (await fetch(`${url}${path}`, { headers: { Cookie: `${MODE_COOKIE}=optimized` } })).text();
  const href = /<a rel="prev" href="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
  expect(href, `${path} has a Previous link`).toContain("before=");
  return href!;
}

function checks(label: string, blogOf: () => Promise<Blog & { cleanup?: () => void }>) {
  test.describe(`at scale ${SCALE} on ${label}`, () => {
    test.describe.configure({ mode: "serial", timeout: 300_000 });
    let blog: Blog;
    let server: Awaited<ReturnType<typeof startServe>>;
    let routes: CurveRoute[];

    test.beforeAll(async () => {
      test.setTimeout(300_000);
      blog = await blogOf();
      server = await startServe(blog.env);
      // Found as the benchmark finds them: through the server, following each deep page's Next link.
      routes = [];
      for (const spec of CURVE_ROUTES) routes.push(await resolveRoute(server.url, spec));
    });

    test.afterAll(async () => {
      server?.kill("SIGTERM");
      await server?.exited;
      blog?.stop();
    });

    test("should read no growing table whole in any optimized page's query plan, deep pages typed or by cursor and their Previous links included", async () => {
      // A page typed as ?page=N alone sums its listing's weekly counts and walks the index inside one week (a deferred join's ids), reading none of the rows before it.
      const paths = routes.map((route) => route.paths.optimized);
      expect(routes.filter((route) => route.reach === "typed").map((route) => route.paths.optimized)).toEqual([
        "/?page=2000",
        expect.stringMatching(/^\/authors\/ada-lovelace\?page=\d+$/),
        "/categories/databases?page=100",
      ]);
      for (const deep of paths.filter((p) => p.includes("after="))) paths.push(await previousLinkOf(server.url, deep));
      const found: string[] = [];
      for (const path of paths) found.push(...(await fullScansOf(server.url, path)));
      expect(found).toEqual([]);
    });

    test("should list the same articles on every listing's deep page typed as on the same page reached by its Next link", async () => {
      const typed = routes.filter((route) => route.reach === "typed");
      expect(typed).toHaveLength(3);
      for (const route of typed) {
        const byCursor = routes.find((r) => r.name === route.name.replace("(typed)", "(cursor)"))!;
        expect(byCursor.paths.optimized, route.name).toContain(`${route.paths.optimized}&after=`);
        const listed = slugs(await optimizedHtml(server.url, route.paths.optimized));
        expect(listed, route.name).toHaveLength(10);
        expect(listed, route.name).toEqual(slugs(await optimizedHtml(server.url, byCursor.paths.optimized)));
      }
    });

    test("should list the right articles on a deep page reached with its cursor or typed, in both modes", async () => {
      const deep = routes.find((r) => r.name === "home, page 2,000 (cursor)")!;
      const typed = routes.find((r) => r.name === "home, page 2,000 (typed)")!;
      const page = Number(new URL(deep.paths.optimized, "http://x").searchParams.get("page"));
      expect(page).toBeGreaterThan(100);
      const newest = await withDatabase(blog.env.DATABASE_URL!, (db) =>
        db.article.findMany({ orderBy: [...NEWEST_FIRST], skip: (page - 1) * 10, take: 10, select: { slug: true } }),
      );
      const expected = newest.map((a) => a.slug);
      expect(slugs(await optimizedHtml(server.url, deep.paths.optimized))).toEqual(expected);
      expect(typed.paths.optimized).toBe(`/?page=${page}`);
      expect(slugs(await optimizedHtml(server.url, typed.paths.optimized))).toEqual(expected);
      expect(typed.paths.naive).toBe(deep.paths.naive);
      const naive = await (await fetch(`${server.url}${deep.paths.naive}`, { headers: { Cookie: `${MODE_COOKIE}=naive` } })).text();
      const naivePage = Number(new URL(deep.paths.naive, "http://x").searchParams.get("page"));
      const start = (page - 1) * 10 - (naivePage - 1) * 50;
      expect(slugs(naive).slice(start, start + 10)).toEqual(expected);
    });
  });
}

checks("SQLite", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "fastblog-scale-"));
  return seededBlog(`file:${path.join(dir, "blog.db")}`, dir);
});

test.describe("PostgreSQL", () => {
  const bin = requirePostgres();
  checks("PostgreSQL", async () => {
    const cluster = await startCluster(bin());
    const dir = mkdtempSync(path.join(tmpdir(), "fastblog-scale-pg-"));
    const blog = await seededBlog(cluster.url, dir);
    return { ...blog, stop: () => (blog.stop(), cluster.stop()) };
  });
});
