import { expect, test } from "@playwright/test";
import { brotliDecompressSync } from "node:zlib";
import { KEPT_SCRIPT_ID } from "../lib/contract/markup";
import { MODE_COOKIE } from "../lib/contract/mode";
import { parseServerTiming } from "../lib/contract/server-timing";
import { CATEGORIES_PATH, HOME_PATH } from "../lib/contract/urls/blog";
import { queryPlanUrl, requestDetailUrl } from "../lib/contract/urls/debug";
import type { RequestDetail } from "../lib/contract/debug-detail";
import { timedGet } from "./hostile-client";
import { copyBlog, removeFolder, startServe } from "./server-process";
import { debugId } from "./support";

/**
 * Who sees the debug panel, tried from two client addresses on one machine: the developer's
 * (127.0.0.2, in DEBUG_PANEL_ALLOW) and another visitor's (127.0.0.1, outside it).
 */
const DEVELOPER = "127.0.0.2";
const VISITOR = "127.0.0.1";
/** A second developer's machine, also allowed. */
const COLLEAGUE = "127.0.0.3";
const NAIVE = { [`Cookie`]: `${MODE_COOKIE}=naive` };

test.describe("the debug panel, for allowed clients only", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  let blog: ReturnType<typeof copyBlog>;
  let server: Awaited<ReturnType<typeof startServe>>;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    blog = copyBlog();
    server = await startServe({ ...blog.env, DEBUG_PANEL_ALLOW: `${DEVELOPER}/32,${COLLEAGUE}`, DEBUG_EXPLAIN_PER_MINUTE: "3" });
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await server?.exited;
    removeFolder(blog.dir);
  });

  test("should give a client outside DEBUG_PANEL_ALLOW no panel, no request id and a 404 from the debug endpoint", async () => {
    const page = await timedGet(server.url, HOME_PATH, { headers: NAIVE, localAddress: VISITOR });
    expect(page.status).toBe(200);
    const figures = parseServerTiming(String(page.headers["server-timing"]));
    expect(figures!.queries).toBeGreaterThan(40);
    expect(figures!.requestId).toBeNull();
    expect(figures!.findings).toBeNull();
    expect(page.body.toString()).not.toContain(KEPT_SCRIPT_ID);
    // The developer's own page exists, but the visitor cannot read it.
    const own = await timedGet(server.url, HOME_PATH, { headers: NAIVE, localAddress: DEVELOPER });
    const id = debugId(parseServerTiming(String(own.headers["server-timing"])));
    for (const path of [requestDetailUrl(id), queryPlanUrl(id, 0), "/__debug", "/__debug/requests/"])
      expect((await timedGet(server.url, path, { localAddress: VISITOR })).status, path).toBe(404);
  });

  test("should give the allowed client the panel, its request's detail, compressed even in naive mode", async () => {
    const page = await timedGet(server.url, HOME_PATH, { headers: NAIVE, localAddress: DEVELOPER });
    expect(page.body.toString()).toContain(KEPT_SCRIPT_ID);
    const id = debugId(parseServerTiming(String(page.headers["server-timing"])));
    const detail = await timedGet(server.url, requestDetailUrl(id), {
      headers: { ...NAIVE, "Accept-Encoding": "br" },
      localAddress: DEVELOPER,
    });
    expect(detail.status).toBe(200);
    expect(detail.headers["content-encoding"]).toBe("br");
    const json = JSON.parse(brotliDecompressSync(detail.body).toString()) as RequestDetail;
    expect(json.queries.length).toBeGreaterThan(40);
    expect(detail.body.length).toBeLessThan(Buffer.byteLength(JSON.stringify(json)) / 4);
  });

  test("should answer 429 with Retry-After past a client's EXPLAIN budget, and keep another client's budget", async () => {
    const page = await timedGet(server.url, HOME_PATH, { headers: NAIVE, localAddress: DEVELOPER });
    const id = debugId(parseServerTiming(String(page.headers["server-timing"])));
    const statuses = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await timedGet(server.url, queryPlanUrl(id, i), { localAddress: DEVELOPER })).status);
    // Three a minute: the fourth and fifth wait.
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await timedGet(server.url, queryPlanUrl(id, 0), { localAddress: DEVELOPER });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await timedGet(server.url, queryPlanUrl(id, 0), { localAddress: COLLEAGUE })).status).toBe(200);
  });

  test("should keep another client's last pages in the history while one client sends hundreds", async () => {
    const visitorServer = await startServe({ ...blog.env, DEBUG_PANEL_ALLOW: "127.0.0.0/8" });
    try {
      const mine = [];
      for (let i = 0; i < 3; i += 1) {
        const page = await timedGet(visitorServer.url, CATEGORIES_PATH, { localAddress: DEVELOPER });
        mine.push(debugId(parseServerTiming(String(page.headers["server-timing"]))));
      }
      // More pages than the history keeps (200), all from the other address.
      for (let batch = 0; batch < 26; batch += 1)
        await Promise.all(Array.from({ length: 10 }, () => timedGet(visitorServer.url, CATEGORIES_PATH, { localAddress: VISITOR })));
      for (const id of mine)
        expect((await timedGet(visitorServer.url, requestDetailUrl(id), { localAddress: DEVELOPER })).status, id).toBe(200);
    } finally {
      visitorServer.kill("SIGTERM");
      await visitorServer.exited;
    }
  });
});
