import { expect, test as base } from "@playwright/test";
import Database from "better-sqlite3";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { freePort, SIGNAL_RELAY_WINDOW_MS } from "../scripts/run";
import { MODE_COOKIE } from "../lib/contract/mode";
import { pipelinedRequests, readUntilClosed, sendRaw, waitUntil } from "./hostile-client";
import { copyBlog, removeFolder, runCommand, runScript, startServe, stopStartedProcesses, type BlogCopy } from "./server-process";
import { parseServerTiming } from "../lib/contract/server-timing";
import { thumbnailUrl } from "../lib/contract/urls/thumbnails";
import { requestDetailUrl } from "../lib/contract/urls/debug";

/**
 * Each test that asks for `blog` gets its own copy of the e2e blog, removed after it however it
 * ends, once every server or script the test left running on it is stopped.
 */
const test = base.extend<{ blog: BlogCopy }>({
  // Playwright reads a fixture's dependencies from its first parameter: none. `provide` is its `use`.
  blog: async ({}, provide) => {
    const blog = copyBlog();
    await provide(blog);
    await stopStartedProcesses();
    removeFolder(blog.dir);
  },
});

test.describe.configure({ mode: "serial", timeout: 180_000 });

/** Every thumbnail in the cache, with whether it decodes completely. */
async function cachedThumbnails(media: string) {
  const root = path.join(media, "thumbnails");
  const files = existsSync(root)
    ? readdirSync(root).flatMap((folder) => readdirSync(path.join(root, folder)).map((name) => path.join(root, folder, name)))
    : [];
  const finished = files.filter((file) => !file.includes(".tmp-"));
  const broken: string[] = [];
  for (const file of finished) {
    const ok = await sharp(file, { failOn: "truncated" })
      .raw()
      .toBuffer()
      .then(
        () => true,
        () => false,
      );
    if (!ok) broken.push(file);
  }
  return { finished, temporary: files.length - finished.length, broken };
}

test.describe("faults", () => {
  test("should finish the requests in flight on SIGTERM and exit 0", async ({ blog }) => {
    const server = await startServe(blog.env);
    // The first naive render of a fresh server takes hundreds of milliseconds.
    const inFlight = fetch(`${server.url}/?mode=naive`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("</html>");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain("SIGTERM: finishing the requests in flight");
  });

  test("should say Connection: close on every answer finished after SIGTERM, as nginx's drain does", async ({ blog }) => {
    const server = await startServe(blog.env);
    const port = Number(new URL(server.url).port);
    // Six keep-alive connections, each with three naive pages pipelined: a connection's next page
    // waits for the others' pages before it, so when the first answer arrives, every connection
    // has one in flight. Each answer in flight at the signal is its connection's last.
    const clients = await Promise.all(
      Array.from({ length: 6 }, () => sendRaw(port, pipelinedRequests(["/"], 3, { Cookie: `${MODE_COOKIE}=naive` }))),
    );
    const received = clients.map((client) => readUntilClosed(client, 30_000));
    await waitUntil(() => clients.some((client) => client.bytesRead > 0), 30_000, "the first answer");
    server.child.kill("SIGTERM");
    const last = (await Promise.all(received)).map((text) => text.slice(text.lastIndexOf("HTTP/1.1 ")));
    console.log(
      `drain: ${last.filter((answer) => /\r\nConnection: close\r\n/i.test(answer)).length} of 6 last answers said Connection: close`,
    );
    expect(last.map((answer) => /^HTTP\/1\.1 \d{3} [^]*\r\nConnection: close\r\n/i.test(answer))).toEqual(last.map(() => true));
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });

  for (const [signal, target] of [
    ["SIGTERM", "npm's own process"],
    ["SIGINT", "the whole process group, as Ctrl-C does"],
  ] as const) {
    test(`should drain npm run serve on ${signal} sent to ${target}`, async ({ blog }) => {
      const port = await freePort();
      const npm = runCommand("npm", ["run", "serve"], { ...blog.env, PORT: String(port) });
      await npm.waitFor(/serving on/);
      const inFlight = fetch(`http://127.0.0.1:${port}/?mode=naive`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (signal === "SIGTERM") npm.child.kill(signal);
      else {
        npm.kill(signal);
        // npm relays each Ctrl-C to the server, which gets it twice; a relay that comes late,
        // once the drain has begun, must not kill the server with the default action.
        await npm.waitFor(/SIGINT: finishing the requests in flight/);
        npm.kill(signal);
      }
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("</html>");
      expect((await npm.exited).code).toBe(0);
      expect(npm.output()).toContain(`${signal}: finishing the requests in flight`);
      // Nothing is left listening.
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    });
  }

  test("should stop at once on a second Ctrl-C while a request holds the drain", async ({ blog }) => {
    const port = await freePort();
    const npm = runCommand("npm", ["run", "serve"], { ...blog.env, PORT: String(port) });
    await npm.waitFor(/serving on/);
    // A request whose headers never end: the drain would wait for it until the headers time-out.
    const socket = await sendRaw(port, Buffer.from("GET / HTTP/1.1\r\nHost: localhost\r\n"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    npm.kill("SIGINT");
    await npm.waitFor(/SIGINT: finishing the requests in flight/);
    await new Promise((resolve) => setTimeout(resolve, SIGNAL_RELAY_WINDOW_MS + 200));
    const secondAt = Date.now();
    npm.kill("SIGINT");
    const exit = await npm.exited;
    expect(Date.now() - secondAt).toBeLessThan(3_000);
    expect(exit.code).toBe(130);
    expect(npm.output()).toContain("SIGINT again: stopping now.");
    socket.destroy();
  });

  test("should leave no truncated thumbnail when killed mid-write, and serve it after a restart", async ({ blog }) => {
    const server = await startServe(blog.env);
    const html = await (await fetch(`${server.url}/?mode=naive`)).text();
    const covers = [...new Set([...html.matchAll(/\/media\/(covers\/[a-z0-9.-]+)/g)].map((m) => m[1]!))];
    const requests = covers.map((cover) =>
      fetch(`${server.url}${thumbnailUrl({ original: cover, width: 1280, quality: 90 })}`, { headers: { Accept: "image/webp" } }).catch(
        () => null,
      ),
    );
    // Kill while resizes and writes are under way.
    while ((await cachedThumbnails(blog.media)).finished.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    server.kill("SIGKILL");
    await server.exited;
    await Promise.all(requests);
    const afterKill = await cachedThumbnails(blog.media);
    expect(afterKill.broken).toEqual([]);
    expect(afterKill.finished.length).toBeLessThan(covers.length);

    const restarted = await startServe(blog.env);
    expect((await cachedThumbnails(blog.media)).temporary).toBe(0);
    for (const cover of covers) {
      const response = await fetch(`${restarted.url}${thumbnailUrl({ original: cover, width: 1280, quality: 90 })}`, {
        headers: { Accept: "image/webp" },
      });
      expect(response.status).toBe(200);
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta.format).toBe("webp");
    }
    expect((await cachedThumbnails(blog.media)).broken).toEqual([]);
    restarted.kill("SIGTERM");
    await restarted.exited;
  });

  test("should reseed a database whose seed was killed, and never serve it half-filled", async ({ blog }) => {
    rmSync(blog.dbFile);
    rmSync(blog.media, { recursive: true });
    const env = { ...blog.env, PORT: "0" };
    const first = runScript("scripts/start.ts", env);
    await first.waitFor(/articles 50\/210/, 150_000);
    first.kill("SIGKILL");
    await first.exited;
    const db = new Database(blog.dbFile, { readonly: true });
    const rows = db
      .prepare("SELECT (SELECT COUNT(*) FROM Article) + (SELECT COUNT(*) FROM Author) + (SELECT COUNT(*) FROM SeedMark) AS n")
      .get() as { n: number };
    db.close();
    expect(rows.n).toBe(0);

    const second = runScript("scripts/start.ts", { ...blog.env, PORT: "0" });
    await second.waitFor(/fastblog is serving/, 150_000);
    expect(second.output()).toContain("Seed finished.");
    const seeded = new Database(blog.dbFile, { readonly: true });
    expect((seeded.prepare("SELECT COUNT(*) AS n FROM Article").get() as { n: number }).n).toBe(210);
    seeded.close();
    second.kill("SIGTERM");
    await second.exited;
  });

  test("should refuse a database something else wrote to, until npm run db:reset rebuilds it", async ({ blog }) => {
    const db = new Database(blog.dbFile);
    db.exec("DELETE FROM SeedMark");
    db.close();
    const start = runScript("scripts/start.ts", { ...blog.env, PORT: "0" });
    expect((await start.exited).code).toBe(1);
    expect(start.output()).toMatch(/no seed mark.*npm run db:reset/s);

    const unconfirmed = runScript("scripts/reset.ts", blog.env);
    expect((await unconfirmed.exited).code).toBe(2);
    expect(unconfirmed.output()).toContain("npm run db:reset -- --yes");
    expect(existsSync(path.join(blog.media, "originals", "covers"))).toBe(true);

    const reset = runScript("scripts/reset.ts", blog.env, ["--yes"]);
    expect((await reset.exited).code, reset.output()).toBe(0);
    const rebuilt = new Database(blog.dbFile, { readonly: true });
    expect((rebuilt.prepare("SELECT COUNT(*) AS n FROM SeedMark").get() as { n: number }).n).toBe(1);
    expect((rebuilt.prepare("SELECT COUNT(*) AS n FROM Article").get() as { n: number }).n).toBe(210);
    rebuilt.close();
    const server = await startServe(blog.env);
    expect((await fetch(`${server.url}/?mode=naive`)).status).toBe(200);
    server.kill("SIGTERM");
    await server.exited;
  });

  test("should write deleted originals again at npm start, with the same bytes", async ({ blog }) => {
    const covers = path.join(blog.media, "originals", "covers");
    const deleted = readdirSync(covers).slice(0, 3);
    const before = deleted.map((name) => readFileSync(path.join(covers, name)));
    for (const name of deleted) rmSync(path.join(covers, name));
    const start = runScript("scripts/start.ts", { ...blog.env, PORT: "0" });
    await start.waitFor(/fastblog is serving/, 150_000);
    expect(start.output()).toContain("Restored 3 of 3 original images");
    deleted.forEach((name, i) => expect(readFileSync(path.join(covers, name)).equals(before[i]!), name).toBe(true));
    start.kill("SIGTERM");
    await start.exited;
  });

  test("should take over the lock of a build that was killed", async () => {
    // A process that has exited: its pid is free.
    const dead = runScript("scripts/chromium.ts", {});
    await dead.exited;
    mkdirSync(".next-build.lock");
    writeFileSync(path.join(".next-build.lock", "pid"), String(dead.child.pid));
    const build = runScript("scripts/build-if-stale.ts", {});
    expect((await build.exited).code, build.output()).toBe(0);
    expect(build.output()).toContain("Removing the lock of a build that was stopped mid-way");
    expect(existsSync(".next-build.lock")).toBe(false);
  });

  test("should keep serving new thumbnails when the cache folder breaks while it runs", async ({ blog }) => {
    const server = await startServe(blog.env);
    const html = await (await fetch(`${server.url}/?mode=naive`)).text();
    const cover = /\/media\/(covers\/[a-z0-9.-]+\.jpg)/.exec(html)![1]!;
    rmSync(path.join(blog.media, "thumbnails"), { recursive: true });
    writeFileSync(path.join(blog.media, "thumbnails"), "not a folder any more");
    const response = await fetch(`${server.url}${thumbnailUrl({ original: cover, width: 240, quality: 75 })}`, {
      headers: { Accept: "image/webp" },
    });
    expect(response.status).toBe(200);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(240);
    // The cache is written after the answer is sent, so the warning may come a moment after it.
    await server.waitFor(/Thumbnails cannot be cached/, 10_000);
    server.kill("SIGTERM");
    await server.exited;
  });

  test("should refuse to start with a clear message on a bad setting, or when the media, the cache or the database is missing", async ({
    blog,
  }) => {
    const badSettings: [Record<string, string>, RegExp][] = [
      [{ THUMBNAIL_CONCURRENCY: "-1" }, /THUMBNAIL_CONCURRENCY must be a whole number from 1/],
      [{ THUMBNAIL_CACHE_MB: "lots" }, /THUMBNAIL_CACHE_MB must be a whole number/],
      [{ DEBUG_PANEL: "yes" }, /DEBUG_PANEL must be 0 \(off\) or 1 \(on\)/],
      [{ BLOG_MODE: "fast" }, /BLOG_MODE is not valid/],
      [{ THUMBNAIL_QUALITY: "33" }, /THUMBNAIL_QUALITY must be one of/],
    ];
    for (const [setting, message] of badSettings) {
      const run = runScript("scripts/serve.ts", { ...blog.env, PORT: "0", ...setting });
      const { code } = await run.exited;
      expect(code).toBe(1);
      expect(run.output()).toMatch(message);
      expect(run.output()).not.toMatch(/\n\s+at /);
    }
    // Each case breaks one thing and puts it back, so that each start fails for its own reason only.
    const thumbnails = path.join(blog.media, "thumbnails");
    const originals = path.join(blog.media, "originals");
    const cases: [breakIt: () => void, repair: () => void, message: RegExp][] = [
      [() => writeFileSync(thumbnails, "not a folder"), () => rmSync(thumbnails), /thumbnail cache .* is not a writable folder/],
      [() => renameSync(originals, `${originals}-away`), () => renameSync(`${originals}-away`, originals), /media folder has no originals/],
      [
        () => renameSync(blog.dbFile, `${blog.dbFile}-away`),
        () => renameSync(`${blog.dbFile}-away`, blog.dbFile),
        /database file .* does not exist/,
      ],
    ];
    for (const [breakIt, repair, message] of cases) {
      breakIt();
      const run = runScript("scripts/serve.ts", { ...blog.env, PORT: "0" });
      const { code } = await run.exited;
      expect(code).toBe(1);
      expect(run.output()).toMatch(message);
      expect(run.output()).not.toMatch(/\n\s+at /);
      repair();
    }
  });

  test("should refuse to start with a clear message while another program holds the database locked", async ({ blog }) => {
    const locker = new Database(blog.dbFile);
    locker.pragma("locking_mode = EXCLUSIVE");
    locker.exec("BEGIN EXCLUSIVE; UPDATE Author SET name = name;");
    const run = runScript("scripts/serve.ts", { ...blog.env, PORT: "0" });
    expect((await run.exited).code).toBe(1);
    expect(run.output()).toMatch(/cannot be read .*no other program holds it locked/);
    locker.exec("ROLLBACK");
    locker.close();
  });

  test("should answer 503 with Retry-After while the database is locked, then recover", async ({ blog }) => {
    const server = await startServe(blog.env);
    // Another program takes the database for itself before the server's first query.
    const locker = new Database(blog.dbFile);
    locker.pragma("locking_mode = EXCLUSIVE");
    locker.exec("BEGIN EXCLUSIVE; UPDATE Author SET name = name;");
    const response = await fetch(`${server.url}/?mode=optimized`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const body = await response.text();
    expect(body).toContain("database is busy");
    expect(body).not.toMatch(/SQLITE|at .*\.js/);
    const head = await fetch(`${server.url}/?mode=naive`, { method: "HEAD" });
    expect(head.status).toBe(503);
    expect(head.headers.get("retry-after")).toBe("5");
    locker.exec("ROLLBACK");
    locker.close();
    expect((await fetch(`${server.url}/?mode=optimized`)).status).toBe(200);
    server.kill("SIGTERM");
    await server.exited;
  });

  test("should keep reading while a writer holds the database (WAL and a busy timeout)", async ({ blog }) => {
    // What is tested is the database: the 20 pages, all from one client, may all wait their turn,
    // as long as they need, so that none is shed for the queue's sake on a busy machine.
    const server = await startServe({ ...blog.env, PAGE_QUEUE_WAIT_MS: "60000", PAGE_QUEUE_PER_CLIENT: "20" });
    const writer = new Database(blog.dbFile);
    writer.exec("BEGIN IMMEDIATE");
    const insert = writer.prepare(
      "INSERT INTO Comment (authorName, body, createdAt, articleId) VALUES ('Writer', 'Written during reads.', 0, 1)",
    );
    for (let i = 0; i < 500; i += 1) insert.run();
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => fetch(`${server.url}/${i % 2 ? "?mode=naive" : "?mode=optimized"}`).then((r) => r.status)),
    );
    writer.exec("COMMIT");
    writer.close();
    expect(statuses.every((status) => status === 200)).toBe(true);
    server.kill("SIGTERM");
    await server.exited;
  });

  test("should remove the debug panel and its endpoint with DEBUG_PANEL=0", async ({ blog, page }) => {
    const server = await startServe({ ...blog.env, DEBUG_PANEL: "0" });
    await page.goto(`${server.url}/?mode=naive`);
    await expect(page.getByTestId("current-mode")).toHaveText("naive");
    await expect(page.getByTestId("debug-panel")).toHaveCount(0);
    const figures = parseServerTiming((await fetch(`${server.url}/?mode=naive`)).headers.get("server-timing"));
    expect(figures!.queries).toBeGreaterThan(40);
    expect(figures!.requestId).toBeNull();
    expect((await fetch(`${server.url}${requestDetailUrl("0123456789abcdef")}`)).status).toBe(404);
    server.kill("SIGTERM");
    await server.exited;
  });
});
