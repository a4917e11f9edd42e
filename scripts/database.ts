import type { PrismaClient } from "../lib/generated/prisma/client";
import { createPrismaClient } from "../lib/prisma-client";
import { seedState } from "../lib/seed-state";
import { restoreOriginals, seed } from "../prisma/seed";
import { migrate } from "./migrate";
import { step } from "./run";

/** The upload paths the database names, so that missing originals can be written again. */
async function uploadPaths(db: PrismaClient): Promise<string[]> {
  const [authors, articles] = [await db.author.findMany({ select: { portrait: true } }), await db.article.findMany({ select: { cover: true } })];
  return [...authors.map((a) => a.portrait), ...articles.map((a) => a.cover)];
}

/**
 * Gets the database at DATABASE_URL ready to serve: applies pending migrations, seeds it when
 * it is empty, and writes again any original image the media folder has lost. Refuses a
 * database that has rows but no seed mark, rather than seed over what something else wrote.
 */
export async function prepareDatabase(): Promise<void> {
  step("Applying database migrations…");
  await migrate();
  const db = createPrismaClient({ instrumented: false });
  const [state, paths] = await Promise.all([seedState(db), uploadPaths(db)]).finally(() => db.$disconnect());
  if (state === "partial") {
    throw new Error("The database has rows but no seed mark, so it was never fully seeded. Run `npm run db:reset` to rebuild it (this deletes the database and the media folder's originals).");
  }
  if (state === "empty") {
    step("Seeding the database and generating the original images…");
    return seed();
  }
  step("The database is seeded.");
  const { restored, missing } = await restoreOriginals(paths);
  if (missing > 0) console.log(`Restored ${restored} of ${missing} original images missing from the media folder.`);
  if (restored < missing) throw new Error(`${missing - restored} original images named in the database cannot be made again from the seed. Run \`npm run db:reset\` to rebuild the database and its images.`);
}
