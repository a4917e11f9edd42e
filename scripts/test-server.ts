/**
 * The server the e2e tests run against: a production build, on its own seeded database and
 * media folder under .e2e/, so that tests never touch the data `npm start` serves.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "./build-if-stale";

const root = path.resolve(".e2e");
mkdirSync(root, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(root, "blog.db")}`;
process.env.MEDIA_DIR = path.join(root, "media");
// The tests expect the defaults, whatever the shell that runs them has set.
for (const name of ["BLOG_MODE", "DEBUG_PANEL", "THUMBNAIL_QUALITY", "THUMBNAIL_CACHE_MB", "THUMBNAIL_CONCURRENCY", "SEED_SCALE"])
  delete process.env[name];
// Every run starts with no thumbnails, so that the tests see first requests as first.
rmSync(path.join(root, "media", "thumbnails"), { recursive: true, force: true });

const { prepareDatabase } = await import("./database");
const { drainOnSignals, startServer } = await import("./serve");
const { serverPort } = await import("../lib/settings");

await buildIfStale();
await prepareDatabase();
const port = serverPort(3210);
drainOnSignals(await startServer({ port, hostname: "127.0.0.1" }));
console.log(`test server ready on http://127.0.0.1:${port}`);
