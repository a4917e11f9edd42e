/**
 * Starts the blog's data over: deletes the database and the media folder's originals and
 * thumbnails, then migrates and seeds again. The way out of a database that something other
 * than the seed wrote to, which `npm start` refuses to serve or to seed over.
 *
 *   npm run db:reset                      asks before it deletes anything
 *   npm run db:reset -- --yes             for scripts: deletes without asking
 *   npm run db:reset -- --scale 1000      seeds again at that scale (SEED_SCALE otherwise, 1 when unset)
 *
 * On PostgreSQL it drops fastblog's own tables only, never the schema or other tables.
 */
import { rmSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { databaseProvider, sqliteFile } from "../lib/db/provider";
import { databaseUrl } from "../lib/settings";
import { originalsDir, thumbnailsDir } from "../lib/media/paths";
import { seed } from "../prisma/seed";
import { invalidateDataCache } from "../lib/data-cache/invalidate";
import { scaleFrom, SCALE_OPTION } from "../prisma/seed-options";
import { migrate } from "./migrate";
import { step } from "./run";

/** fastblog's tables on PostgreSQL, as prisma/postgres/migrations/ creates them, and the record of those migrations. */
const POSTGRES_TABLES = [
  "ListingWeek",
  "_ArticleToCategory",
  "Comment",
  "Article",
  "Category",
  "Author",
  "SeedMark",
  "_fastblog_migrations",
];

function describeDatabase(): string {
  return databaseProvider() === "sqlite"
    ? `the database file ${sqliteFile()}`
    : "fastblog's tables in the PostgreSQL database of DATABASE_URL";
}

async function confirmed(what: string[], yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!process.stdin.isTTY) {
    console.error("npm run db:reset deletes data, and there is nobody to ask: run `npm run db:reset -- --yes` to confirm.");
    process.exit(2);
  }
  console.log(`This deletes:\n${what.map((line) => `  - ${line}`).join("\n")}`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question("Type yes to go on: ").finally(() => prompt.close());
  return answer.trim().toLowerCase() === "yes";
}

async function dropPostgresTables(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${POSTGRES_TABLES.map((name) => `"${name}"`).join(", ")} CASCADE`);
  } finally {
    await client.end();
  }
}

function deleteSqliteFile(): void {
  const file = sqliteFile()!;
  // The write-ahead log and shared memory belong to the file: a stale log would replay into a new one.
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { yes: { type: "boolean", default: false }, ...SCALE_OPTION } });
  // A bad --scale stops before anything is deleted.
  const scale = scaleFrom(values.scale);
  const what = [describeDatabase(), `the original images in ${originalsDir()}`, `the thumbnails in ${thumbnailsDir()}`];
  if (!(await confirmed(what, values.yes))) {
    console.log("Nothing was deleted.");
    return;
  }
  step("Deleting the database and the media…");
  if (databaseProvider() === "sqlite") deleteSqliteFile();
  else await dropPostgresTables();
  rmSync(originalsDir(), { recursive: true, force: true });
  rmSync(thumbnailsDir(), { recursive: true, force: true });
  // At once, not only after the seed: no cached page of the deleted blog while the new one is made.
  const stale = await invalidateDataCache();
  if (stale) console.warn(stale);
  step("Applying database migrations…");
  await migrate();
  step(`Seeding the database${scale > 1 ? ` at scale ${scale}` : ""} and generating the original images…`);
  await seed(scale);
  console.log(`\nThe blog's data is new. \`${scale > 1 ? `SEED_SCALE=${scale} ` : ""}npm start\` serves it.`);
}

main().catch((error: unknown) => {
  console.error(`\nnpm run db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
