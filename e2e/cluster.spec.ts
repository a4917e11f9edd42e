import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { INSTANCE_HEADER, instanceOfRequestId } from "../lib/contract/instance";
import { MODE_COOKIE } from "../lib/contract/mode";
import { CATEGORIES_PATH, HOME_PATH } from "../lib/contract/urls/blog";
import { requestDetailUrl } from "../lib/contract/urls/debug";
import { extractAssets } from "../scripts/loadtest/assets";
import {
  alive,
  CLUSTER_START_MS,
  leftOver,
  partsOf,
  requireClusterParts,
  startTestCluster,
  stopTestCluster,
  type TestCluster,
} from "./cluster-support";
import { debugId, serverTiming } from "./support";

/**
 * `npm run cluster`: two instances on a throwaway PostgreSQL behind nginx, as load balancer and
 * edge cache. Ports 3840 and 3841 (the e2e server of this run has E2E_PORT).
 */
const PORT = 3840;
const SWEEP_PORT = 3841;

const inMode = (mode: string) => ({ headers: { Cookie: `${MODE_COOKIE}=${mode}` } });

/**
 * The failover test measures failover, not load shedding: through the edge every request comes
 * from one client (127.0.0.1), whose queue at one instance must hold all 10 connections once the
 * other is killed.
 */
const PATIENT_QUEUES = { PAGE_QUEUE: "64", PAGE_QUEUE_PER_CLIENT: "64", PAGE_QUEUE_WAIT_MS: "60000" };

test.describe("npm run cluster on PostgreSQL", () => {
  requireClusterParts({ postgres: true });
  test.describe.configure({ mode: "serial" });
  let cluster: TestCluster | undefined;

  test.beforeAll(async () => {
    test.setTimeout(CLUSTER_START_MS + 60_000);
    cluster = await startTestCluster(PORT, ["--instances", "2"], PATIENT_QUEUES);
  });

  test.afterAll(async () => {
    test.setTimeout(120_000);
    await stopTestCluster(cluster);
  });

  test("should spread 20 page requests over both instances", async ({ request }) => {
    const instances = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      const response = await request.get(`${cluster!.url}${HOME_PATH}`);
      expect(response.status()).toBe(200);
      instances.add(response.headers()[INSTANCE_HEADER.toLowerCase()] ?? "none");
    }
    expect([...instances].sort()).toEqual(["app-1", "app-2"]);
  });

  test("should answer the second fetch of an optimized thumbnail from the edge", async ({ request }) => {
    const page = await request.get(`${cluster!.url}${HOME_PATH}`, inMode("optimized"));
    const thumbnail = extractAssets(await page.text(), page.url()).find((url) => new URL(url).pathname.startsWith("/thumbs/"))!;
    expect(thumbnail).toBeDefined();
    const first = await request.get(thumbnail, inMode("optimized"));
    const second = await request.get(thumbnail, inMode("optimized"));
    expect([first.status(), second.status()]).toEqual([200, 200]);
    expect(second.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(second.headers()["x-cache-status"]).toBe("HIT");
  });

  test("should never hand naive a file cached for optimized, nor cache naive's", async ({ request }) => {
    // Optimized pages keep no scripts (static-html), naive pages show no thumbnails: one file of each.
    const assetsIn = async (mode: string) => {
      const page = await request.get(`${cluster!.url}${HOME_PATH}`, inMode(mode));
      return extractAssets(await page.text(), page.url());
    };
    const script = (await assetsIn("naive")).find((url) => url.includes("/_next/static/"));
    const thumbnail = (await assetsIn("optimized")).find((url) => url.includes("/thumbs/"));
    const urls = [script, thumbnail].filter((url): url is string => url !== undefined);
    expect(urls).toHaveLength(2);
    for (const url of urls) {
      await request.get(url, inMode("optimized"));
      expect((await request.get(url, inMode("optimized"))).headers()["x-cache-status"], url).toBe("HIT");
      for (let i = 0; i < 3; i += 1) {
        const naive = await request.get(url, inMode("naive"));
        expect(naive.status(), url).toBe(200);
        expect(naive.headers()["x-cache-status"], url).toBe("MISS");
        expect(naive.headers()["cache-control"], url).toBeUndefined();
        expect(naive.headers()["content-encoding"], url).toBeUndefined();
      }
    }
  });

  test("should find the debug panel's detail of 10 of 10 pages served through the edge, whichever instance served them", async ({
    request,
  }) => {
    const home = await request.get(`${cluster!.url}${HOME_PATH}`);
    const articles = [...new Set([...(await home.text()).matchAll(/href="(\/articles\/[^"?#]+)"/g)].map((m) => m[1]!))].slice(0, 8);
    const paths = [HOME_PATH, CATEGORIES_PATH, ...articles];
    expect(paths).toHaveLength(10);
    const ids: string[] = [];
    const statuses: number[] = [];
    for (const path of paths) {
      const id = debugId(serverTiming(await request.get(`${cluster!.url}${path}`)));
      ids.push(id);
      statuses.push((await request.get(`${cluster!.url}${requestDetailUrl(id)}`)).status());
    }
    expect(statuses).toEqual(Array(10).fill(200));
    expect(new Set(ids.map(instanceOfRequestId)).size).toBe(2);
  });

  test("should serve a warm cached page from Redis with no query on both instances, while optimized and naive ask the database", async ({
    request,
  }) => {
    const figures = async (mode: string) => {
      const response = await request.get(`${cluster!.url}${HOME_PATH}`, inMode(mode));
      expect(response.status()).toBe(200);
      return { instance: response.headers()[INSTANCE_HEADER.toLowerCase()]!, ...serverTiming(response) };
    };
    // The first cached page fills Redis; least_conn then spreads the next ones over both instances.
    const first = await figures("cached");
    expect(first.dataCache?.store).toBe("redis");
    const warm = [];
    for (let i = 0; i < 6; i += 1) warm.push(await figures("cached"));
    expect(new Set(warm.map((page) => page.instance)).size).toBe(2);
    expect(warm.map((page) => [page.queries, page.dataCache?.store, page.dataCache?.misses])).toEqual(warm.map(() => [0, "redis", 0]));
    const optimized = await figures("optimized");
    expect(optimized.queries).toBeLessThanOrEqual(4);
    expect(optimized.dataCache).toBeNull();
    expect((await figures("naive")).queries).toBeGreaterThanOrEqual(40);
  });

  test("should lose no request when an instance is killed under load, and start it again", async () => {
    test.setTimeout(180_000);
    const killed = cluster!.state().instances[0]!;
    let run!: autocannon.Instance;
    const finished = new Promise<autocannon.Result>((resolve, reject) => {
      run = autocannon(
        { url: `${cluster!.url}${HOME_PATH}`, connections: 10, duration: 15, headers: { cookie: `${MODE_COOKIE}=optimized` }, timeout: 60 },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    let answers = 0;
    run.on("response", () => (answers += 1));
    await expect.poll(() => answers, { timeout: 30_000 }).toBeGreaterThan(20);
    process.kill(killed.pid!, "SIGKILL");
    const result = await finished;
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(result["2xx"]).toBeGreaterThan(100);
    await expect.poll(() => cluster!.state().instances[0]!.pid, { timeout: 60_000, message: "app-1 started again" }).not.toBe(killed.pid);
    expect(alive(cluster!.state().instances[0]!.pid!)).toBe(true);
    expect(cluster!.supervisor.output()).toContain(`app-1 (pid ${killed.pid}) exited (SIGKILL); restarting it`);
  });

  test("should stop every part and delete its folders on SIGTERM, and exit 0", async () => {
    test.setTimeout(120_000);
    const parts = partsOf(cluster!.state());
    expect(parts.pids.length).toBeGreaterThanOrEqual(6);
    cluster!.supervisor.child.kill("SIGTERM");
    expect(await cluster!.supervisor.exited).toEqual({ code: 0, signal: null });
    expect(await leftOver(parts)).toEqual([]);
    cluster = undefined;
  });
});

test.describe("npm run cluster after its supervisor was killed", () => {
  requireClusterParts({ postgres: false });
  let cluster: TestCluster | undefined;

  test.afterAll(async () => {
    test.setTimeout(120_000);
    await stopTestCluster(cluster);
  });

  test("should stop what a supervisor killed with SIGKILL left running when it starts again", async () => {
    test.setTimeout(2 * CLUSTER_START_MS);
    const first = await startTestCluster(SWEEP_PORT, ["--db", "sqlite", "--instances", "1"]);
    const parts = partsOf(first.state());
    expect(parts.pids.length).toBeGreaterThanOrEqual(3);
    process.kill(first.supervisor.child.pid!, "SIGKILL");
    await first.supervisor.exited;
    // What is left runs on: nginx still answers on the port.
    expect(parts.pids.filter(alive)).toEqual(parts.pids);
    cluster = await startTestCluster(SWEEP_PORT, ["--db", "sqlite", "--instances", "1"]);
    expect(cluster.supervisor.output()).toMatch(/Stopped \d+ processes a cluster stopped with SIGKILL left running/);
    expect(await leftOver(parts)).toEqual([]);
  });
});
