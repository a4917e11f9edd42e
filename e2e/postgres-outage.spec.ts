import { expect, test } from "@playwright/test";
import pg from "pg";
import { MODE_COOKIE } from "../lib/contract/mode";
import { requirePostgres, seededPostgresBlog, type PostgresBlog } from "./postgres-support";
import { startServe } from "./server-process";

type Answer = { startedAt: number; endedAt: number; status: number | string; retryAfter: string | null };

/** `workers` clients that each load the optimized home page again and again until `stop()`, and every answer they got. */
function loadTest(url: string, workers: number): { stop: () => Promise<Answer[]> } {
  const answers: Answer[] = [];
  let running = true;
  const worker = async () => {
    while (running) {
      const startedAt = performance.now();
      try {
        const response = await fetch(`${url}/`, { headers: { Cookie: `${MODE_COOKIE}=optimized` }, signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        answers.push({ startedAt, endedAt: performance.now(), status: response.status, retryAfter: response.headers.get("retry-after") });
      } catch (error) {
        answers.push({ startedAt, endedAt: performance.now(), status: String(error), retryAfter: null });
      }
      // A client that is answered 503 at once would otherwise ask thousands of times a second.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const all = Promise.all(Array.from({ length: workers }, worker));
  return {
    stop: async () => {
      running = false;
      await all;
      return answers;
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe("when PostgreSQL cannot serve", () => {
  const bin = requirePostgres();
  test.describe.configure({ mode: "serial", timeout: 240_000 });

  let blog: PostgresBlog;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    blog = await seededPostgresBlog(bin());
  });

  test.afterAll(() => blog?.remove());

  test("should answer 503 with Retry-After, not hang, to a page that waits longer than DB_POOL_TIMEOUT_MS for a connection", async () => {
    const server = await startServe({ ...blog.env, DB_POOL_SIZE: "1", DB_POOL_TIMEOUT_MS: "500" });
    const [locker, watcher] = [
      new pg.Client({ connectionString: blog.cluster.url }),
      new pg.Client({ connectionString: blog.cluster.url }),
    ];
    await Promise.all([locker.connect(), watcher.connect()]);
    try {
      // The server's only connection waits on a lock held elsewhere, so the next page finds none free.
      await locker.query(`BEGIN; LOCK TABLE "Article" IN ACCESS EXCLUSIVE MODE`);
      const first = fetch(`${server.url}/?mode=optimized`);
      await expect
        // Watched from outside the locker's transaction, whose view of pg_stat_activity stays as it first read it.
        .poll(async () => (await watcher.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rows[0].n)
        .toBe(1);
      const started = performance.now();
      const second = await fetch(`${server.url}/?mode=optimized`);
      const waitedMs = performance.now() - started;
      expect(second.status).toBe(503);
      expect(second.headers.get("retry-after")).toBe("5");
      expect(await second.text()).toContain("Service unavailable");
      expect(waitedMs).toBeGreaterThanOrEqual(450);
      expect(waitedMs).toBeLessThan(5_000);
      await locker.query("COMMIT");
      // The page that held the connection is answered too (it may have timed out waiting for a second one).
      expect([200, 503]).toContain((await first).status);
      expect((await fetch(`${server.url}/?mode=optimized`)).status).toBe(200);
    } finally {
      await Promise.all([locker.end(), watcher.end()]);
      server.kill("SIGTERM");
      await server.exited;
    }
  });

  for (const latency of ["", "1"]) {
    test(`should answer 503 while PostgreSQL restarts in the middle of a load test, and recover by itself${latency ? ` (DB_LATENCY_MS=${latency})` : ""}`, async () => {
      const server = await startServe({ ...blog.env, DB_LATENCY_MS: latency });
      let down = false;
      try {
        const load = loadTest(server.url, 8);
        await pause(2_000);
        const downAt = performance.now();
        blog.cluster.down();
        down = true;
        const downUntil = performance.now();
        await pause(3_000);
        const upAt = performance.now();
        blog.cluster.up();
        down = false;
        await pause(5_000);
        const answers = await load.stop();

        const statuses = new Set(answers.map((a) => a.status));
        expect([...statuses].sort(), "every answer is a page or a 503, never an error or a hang").toEqual([200, 503]);
        expect(new Set(answers.filter((a) => a.status === 503).map((a) => a.retryAfter)), "Retry-After of the 503s").toEqual(
          new Set(["5"]),
        );
        const before = answers.filter((a) => a.endedAt < downAt);
        const whileDown = answers.filter((a) => a.startedAt > downUntil && a.endedAt < upAt);
        const after = answers.filter((a) => a.startedAt > upAt + 1_000);
        test.info().annotations.push({
          type: "answers",
          description: `${before.length} before the restart, ${whileDown.length} while down, ${after.length} a second after it was back`,
        });
        expect(before.length).toBeGreaterThan(10);
        expect(before.every((a) => a.status === 200)).toBe(true);
        expect(whileDown.length).toBeGreaterThan(10);
        expect(whileDown.every((a) => a.status === 503)).toBe(true);
        expect(after.length).toBeGreaterThan(10);
        expect(after.every((a) => a.status === 200)).toBe(true);
        expect(server.child.exitCode).toBeNull();
      } finally {
        if (down) blog.cluster.up();
        server.kill("SIGTERM");
        await server.exited;
      }
    });
  }
});
