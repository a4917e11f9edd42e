/**
 * One command from a fresh clone to a running blog: build when the sources changed,
 * migrate, seed when the database is empty, then serve on PORT (default 3000).
 *
 *   npm start
 */
import { createPrismaClient } from "../lib/prisma-client";
import { seedState } from "../lib/seed-state";
import { checkSettings, serverPort } from "../lib/settings";
import { restoreOriginals, seed } from "../prisma/seed";
import { buildIfStale } from "./build-if-stale";
import { migrate } from "./migrate";
import { step } from "./run";
import { drainOnSignals, startServer } from "./serve";

/** The upload paths the database names, so that missing originals can be written again. */
async function uploadPaths(db: ReturnType<typeof createPrismaClient>): Promise<string[]> {
  const [authors, articles] = [await db.author.findMany({ select: { portrait: true } }), await db.article.findMany({ select: { cover: true } })];
  return [...authors.map((a) => a.portrait), ...articles.map((a) => a.cover)];
}

async function ensureSeeded(): Promise<void> {
  const db = createPrismaClient({ instrumented: false });
  const [state, paths] = await Promise.all([seedState(db), uploadPaths(db)]).finally(() => db.$disconnect());
  if (state === "seeded") {
    step("The database is seeded.");
    const { restored, missing } = await restoreOriginals(paths);
    if (missing > 0) console.log(`Restored ${restored} of ${missing} original images missing from the media folder.`);
    if (restored < missing) throw new Error(`${missing - restored} original images named in the database cannot be made again from the seed. Run \`npm run db:reset\` to rebuild the database and its images.`);
    return;
  }
  if (state === "partial") {
    throw new Error("The database has rows but no seed mark, so it was never fully seeded. Run `npm run db:reset` to rebuild it (this deletes the database and the media folder's originals).");
  }
  step("Seeding the database and generating the original images…");
  await seed();
}

async function main(): Promise<void> {
  // A bad setting fails now, not after a two-minute build.
  checkSettings();
  await buildIfStale();
  step("Applying database migrations…");
  await migrate();
  await ensureSeeded();
  const port = serverPort();
  step("Starting the server…");
  drainOnSignals(await startServer({ port }));
  console.log(`\nfastblog is serving on http://localhost:${port}`);
  console.log(`Default mode: ${process.env.BLOG_MODE || "optimized"}. Add ?mode=naive or ?mode=optimized to any page to switch.`);
}

main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
