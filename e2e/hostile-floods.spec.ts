import { expect, test } from "@playwright/test";
import { MODE_COOKIE } from "../lib/contract/mode";
import { percentile, timedGet, underLoad, VISITOR, waitUntil, type TimedAnswer } from "./hostile-client";
import { requirePostgres, seededPostgresBlog, type PostgresBlog } from "./postgres-support";
import { copyBlog, removeFolder, startServe } from "./server-process";

test.describe.configure({ mode: "serial", timeout: 240_000 });

/** What one client floods the server with, from 40 keep-alive connections. */
const FLOODS = [
  { name: "naive /", path: "/", mode: "naive" },
  { name: "optimized /", path: "/", mode: "optimized" },
  { name: "a 404 page", path: "/articles/no-such-article", mode: "optimized" },
];
const VISITS = 20;
/** The visitor's pages: at least 95% served, the slowest tenth under this (generous: the machine is shared; 2 s is the aim). */
const P90_BOUND_MS = 3_000;

/**
 * While one client floods pages from 40 connections, another client (another loopback address)
 * asks for the optimized home page 20 times, one after another, each on a new connection. With
 * one line for everyone the flood would keep it full and the visitor would get 503s; clients
 * take turns instead.
 */
async function visitDuringFlood(url: string, flood: (typeof FLOODS)[number], visitorMode = "optimized") {
  return underLoad(
    { url: `${url}${flood.path}`, connections: 40, headers: { cookie: `${MODE_COOKIE}=${flood.mode}` }, timeout: 60 },
    async (answers) => {
      await waitUntil(() => answers() >= 40, 60_000, "the flood to be under way");
      const visits: TimedAnswer[] = [];
      for (let i = 0; i < VISITS; i += 1)
        visits.push(await timedGet(url, "/", { localAddress: VISITOR, headers: { Cookie: `${MODE_COOKIE}=${visitorMode}` } }));
      // A refused flooding client is answered 503 only after PAGE_QUEUE_WAIT_MS (the tarpit): on a
      // quiet machine the visits can be done before the first of those answers is out.
      await waitUntil(() => answers(503) > 0, 30_000, "the flooding client's first 503");
      return visits;
    },
  );
}

function summary(visits: TimedAnswer[]) {
  return {
    served: visits.filter((visit) => visit.status === 200).length,
    p90: percentile(
      visits.map((visit) => visit.ms),
      90,
    ),
  };
}

test.describe("one client's flood of pages", () => {
  let blog: ReturnType<typeof copyBlog>;
  let server: Awaited<ReturnType<typeof startServe>>;

  test.beforeAll(async () => {
    blog = copyBlog();
    server = await startServe(blog.env);
    await timedGet(server.url, "/", { headers: { Cookie: `${MODE_COOKIE}=naive` } });
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await server?.exited;
    removeFolder(blog.dir);
  });

  for (const flood of FLOODS) {
    test(`should serve another client's pages, 95% within ${P90_BOUND_MS / 1000} s, during a 40-connection flood of ${flood.name}`, async () => {
      const { during, result } = await visitDuringFlood(server.url, flood);
      const { served, p90 } = summary(during);
      const counts = result.statusCodeStats ?? {};
      console.log(
        `${flood.name} flood: the visitor got ${served}/${VISITS} pages, p90 ${p90.toFixed(0)} ms; the flood got ${JSON.stringify(counts)}`,
      );
      expect(served).toBeGreaterThanOrEqual(VISITS * 0.95);
      expect(p90).toBeLessThan(P90_BOUND_MS);
      // The flooding client is held to its share: its pages are shed with 503, while some still render in turn.
      expect(counts["503"]?.count ?? 0).toBeGreaterThan(0);
      expect((counts["200"]?.count ?? 0) + (counts["404"]?.count ?? 0)).toBeGreaterThan(0);
    });
  }
});

test.describe("one client's flood of pages on PostgreSQL, 50 ms away", () => {
  const bin = requirePostgres();
  let blog: PostgresBlog;

  test.beforeAll(async () => {
    blog = await seededPostgresBlog(bin());
  });

  test.afterAll(() => blog?.remove());

  test("should serve another client's pages while one client's naive pages hold all 20 turns", async () => {
    // The round of the issue: naive / is 150 statements, 7.5 s at least at 50 ms each, and 20 render at once.
    const server = await startServe({ ...blog.env, DB_LATENCY_MS: "50", PAGE_CONCURRENCY: "20" });
    try {
      const { during, result } = await visitDuringFlood(server.url, FLOODS[0]!);
      const { served, p90 } = summary(during);
      console.log(
        `PostgreSQL naive flood: the visitor got ${served}/${VISITS} pages, p90 ${p90.toFixed(0)} ms; the flood got ${JSON.stringify(result.statusCodeStats)}`,
      );
      expect(served).toBeGreaterThanOrEqual(VISITS * 0.95);
      expect(p90).toBeLessThan(P90_BOUND_MS);
    } finally {
      server.kill("SIGTERM");
      await server.exited;
    }
  });

  test("should answer a page still running at PAGE_DEADLINE_MS with 503 and Retry-After, and stop its queries", async () => {
    const server = await startServe({ ...blog.env, DB_LATENCY_MS: "50", PAGE_DEADLINE_MS: "2000" });
    try {
      const answer = await timedGet(server.url, "/", { headers: { Cookie: `${MODE_COOKIE}=naive` } });
      console.log(`a naive page past a 2 s deadline: ${answer.status} after ${answer.ms.toFixed(0)} ms`);
      expect(answer.status).toBe(503);
      expect(answer.headers["retry-after"]).toMatch(/^\d+$/);
      expect(answer.body.toString()).toContain("took longer than 2 s");
      // At its deadline, not when the page would have ended (7.5 s of round trips at least).
      expect(answer.ms).toBeLessThan(7_000);
      await server.waitFor(/Page stopped at its deadline \(2000 ms\): \/\n/, 5_000);
      // The turn it held is free again: the next page renders.
      expect((await timedGet(server.url, "/", { headers: { Cookie: `${MODE_COOKIE}=optimized` } })).status).toBe(200);
    } finally {
      server.kill("SIGTERM");
      await server.exited;
    }
  });
});
