import { expect, test } from "@playwright/test";
import { readdirSync } from "node:fs";
import path from "node:path";
import { MODE_COOKIE } from "../lib/contract/mode";
import { cpuWhenIdle, openDescriptors, pipelinedRequests, readUntilClosed, sendRaw, timedGet, waitUntil } from "./hostile-client";
import { copyBlog, removeFolder, startServe } from "./server-process";

test.describe.configure({ mode: "serial", timeout: 120_000 });

/** Each stalled connection may hold its socket and the one original being sent on it, and no more. */
const STALLED_CONNECTIONS = 13;
const DESCRIPTORS_PER_CONNECTION = 2;
/** What else a busy server may open meanwhile (a log file, a database page, a thumbnail). */
const SLACK = 8;

test.describe("hostile connections", () => {
  let blog: ReturnType<typeof copyBlog>;
  let server: Awaited<ReturnType<typeof startServe>>;
  let pid: number;
  let port: number;
  let originals: string[];

  test.beforeAll(async () => {
    blog = copyBlog();
    // A connection closes after 100 requests by default, before its answers could fill the kernel's
    // buffers: allow more here, so that the clients below really stall the server's sends.
    server = await startServe({ ...blog.env, SEND_TIMEOUT_S: "4", MAX_REQUESTS_PER_CONNECTION: "10000" });
    pid = server.child.pid!;
    port = Number(new URL(server.url).port);
    originals = readdirSync(path.join(blog.media, "originals", "covers")).map((name) => `/media/covers/${name}`);
    // Open what the server opens lazily (the database, the build, the originals folder) before counting.
    expect((await timedGet(server.url, "/", { headers: { Cookie: `${MODE_COOKIE}=naive` } })).status).toBe(200);
    expect((await timedGet(server.url, originals[0]!)).status).toBe(200);
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await server?.exited;
    removeFolder(blog.dir);
  });

  test("should keep descriptors bounded under 13 stalled pipelining connections and release them within a second", async () => {
    const baseline = openDescriptors(pid);
    const flood = pipelinedRequests(originals, 2000);
    const clients = await Promise.all(Array.from({ length: STALLED_CONNECTIONS }, () => sendRaw(port, flood, { read: false })));
    // Watch while the answers pile up: the old server opened one original per request, ~1,900 a connection.
    let most = 0;
    const watchUntil = performance.now() + 2500;
    while (performance.now() < watchUntil) {
      most = Math.max(most, openDescriptors(pid));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(most - baseline).toBeLessThanOrEqual(STALLED_CONNECTIONS * DESCRIPTORS_PER_CONNECTION + SLACK);
    // Still stalled, every connection open, until the clients leave.
    expect(openDescriptors(pid) - baseline).toBeGreaterThanOrEqual(STALLED_CONNECTIONS);
    for (const client of clients) client.destroy();
    const releasedMs = await waitUntil(() => openDescriptors(pid) <= baseline + 2, 1000, "descriptors back to the baseline");
    console.log(
      `stalled: at most ${most - baseline} descriptors over the baseline; released ${releasedMs.toFixed(0)} ms after the clients left`,
    );
  });

  test("should close a connection whose client reads nothing once the send timeout passes", async () => {
    const baseline = openDescriptors(pid);
    const clients = await Promise.all(Array.from({ length: 3 }, () => sendRaw(port, pipelinedRequests(originals, 2000), { read: false })));
    await waitUntil(() => openDescriptors(pid) >= baseline + 3, 5_000, "the stalled connections to be open");
    // SEND_TIMEOUT_S=4: the server gives up on answers that make no progress, while the clients stay connected.
    const closedMs = await waitUntil(() => openDescriptors(pid) <= baseline, 15_000, "the server to close the stalled connections");
    expect(closedMs).toBeGreaterThan(2_000);
    console.log(`send timeout: the server closed 3 stalled connections ${(closedMs / 1000).toFixed(1)} s after they opened`);
    expect(clients.every((client) => !client.destroyed)).toBe(true);
    for (const client of clients) client.destroy();
  });

  test("should answer at most 100 requests on one connection, then close it", async ({ baseURL }) => {
    // The shared test server runs with the default MAX_REQUESTS_PER_CONNECTION.
    const client = await sendRaw(Number(new URL(baseURL!).port), pipelinedRequests(["/robots.txt"], 1000));
    const text = await readUntilClosed(client, 30_000);
    const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
    expect(statuses).toHaveLength(100);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(text.slice(text.lastIndexOf("HTTP/1.1 "))).toMatch(/\r\nConnection: close\r\n/i);
  });

  test("should not render pipelined pages for a client that closed at once", async () => {
    const before = await cpuWhenIdle(pid);
    const client = await sendRaw(port, pipelinedRequests(["/"], 50, { Cookie: `${MODE_COOKIE}=naive` }));
    client.destroy();
    const used = (await cpuWhenIdle(pid)) - before;
    console.log(`50 abandoned naive pages cost ${used.toFixed(0)} ms of CPU`);
    expect(used).toBeLessThan(500);
    // The server still answers.
    expect((await timedGet(server.url, "/robots.txt")).status).toBe(200);
  });
});
