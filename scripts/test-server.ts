/**
 * The server the e2e tests run against: a production build, on its own seeded database and
 * media folder under .e2e/, so that tests never touch the data `npm start` serves.
 */
import Database from "better-sqlite3";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { SEED_VERSION } from "../lib/db/seed-state";
import { buildIfStale } from "./build-if-stale";

const root = path.resolve(".e2e");
mkdirSync(root, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(root, "blog.db")}`;
process.env.MEDIA_DIR = path.join(root, "media");
// The tests expect the defaults, whatever the shell that runs them has set.
// The data cache in memory, not a Redis the shell points at, so that cold and warm are the tests' to decide.
for (const name of [
  "BLOG_MODE",
  "DEBUG_PANEL",
  "THUMBNAIL_QUALITY",
  "THUMBNAIL_CACHE_MB",
  "THUMBNAIL_CONCURRENCY",
  "SEED_SCALE",
  "REDIS_URL",
  "DATA_CACHE_TTL_SECONDS",
  "DATA_CACHE_MAX_ENTRIES",
  "DATA_CACHE_MAX_MB",
])
  delete process.env[name];
/** The seed's version in the test blog, or null when it has none (never seeded, or not readable). */
function seededVersion(file: string): number | null {
  if (!existsSync(file)) return null;
  const database = new Database(file, { readonly: true });
  try {
    return (database.prepare("SELECT version FROM SeedMark WHERE id = 1").get() as { version: number } | undefined)?.version ?? null;
  } catch {
    return null;
  } finally {
    database.close();
  }
}

// The test blog is the tests' own: one seeded by an older seed is made again, so that the tests see today's content.
const version = seededVersion(path.join(root, "blog.db"));
if (version !== null && version !== SEED_VERSION) {
  console.log(`The test blog was seeded by seed version ${version}; seeding it again with version ${SEED_VERSION}.`);
  for (const name of ["blog.db", "blog.db-wal", "blog.db-shm", "media"]) rmSync(path.join(root, name), { recursive: true, force: true });
}
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
