import type { PrismaClient } from "../lib/generated/prisma/client";
import { createPrismaClient } from "../lib/db/prisma-client";
import { seedScale } from "../lib/settings";
import { olderSeedNote, readSeedMark, seedState } from "../lib/db/seed-state";
import { restoreOriginals, seed } from "../prisma/seed";
import { migrate } from "./migrate";
import { step } from "./run";

/**
 * The upload paths the database names, so that missing originals can be written again. Each
 * once: at a large scale, thousands of articles share each of the blog's covers.
 */
async function uploadPaths(db: PrismaClient): Promise<string[]> {
  const [authors, articles] = [await db.author.groupBy({ by: ["portrait"] }), await db.article.groupBy({ by: ["cover"] })];
  return [...authors.map((a) => a.portrait), ...articles.map((a) => a.cover)];
}

/** The way out of a database seeded at another scale than SEED_SCALE asks: never a silent reseed. */
function scaleMismatch(seeded: number, wanted: number): Error {
  return new Error(
    `The database was seeded at scale ${seeded}, but SEED_SCALE asks for scale ${wanted}${wanted === 1 ? " (1 when unset)" : ""}. ` +
      `Start with SEED_SCALE=${seeded} to serve it as it is, or run \`SEED_SCALE=${wanted} npm run db:reset\` to rebuild it at scale ${wanted} (this deletes the database and its original images).`,
  );
}

/**
 * Gets the database at DATABASE_URL ready to serve: applies pending migrations, seeds it at
 * SEED_SCALE when it is empty, and writes again any original image the media folder has lost.
 * Refuses a database that has rows but no seed mark, rather than seed over what something else
 * wrote, and one seeded at another scale than SEED_SCALE asks. One seeded by an older version
 * of the seed is served as it is, with a note saying how to get the new text.
 */
export async function prepareDatabase(): Promise<void> {
  const scale = seedScale();
  step("Applying database migrations…");
  await migrate();
  const db = createPrismaClient({ instrumented: false });
  const [state, mark, paths] = await Promise.all([seedState(db), readSeedMark(db), uploadPaths(db)]).finally(() => db.$disconnect());
  if (state === "partial") {
    throw new Error(
      "The database has rows but no seed mark, so it was never fully seeded. Run `npm run db:reset` to rebuild it (this deletes the database and the media folder's originals).",
    );
  }
  if (state === "empty") {
    step(`Seeding the database${scale > 1 ? ` at scale ${scale}` : ""} and generating the original images…`);
    return seed(scale);
  }
  if (mark && mark.scale !== scale) throw scaleMismatch(mark.scale, scale);
  step(`The database is seeded${scale > 1 ? ` at scale ${scale}` : ""}.`);
  const note = mark && olderSeedNote(mark);
  if (note) console.log(note);
  const { restored, missing } = await restoreOriginals(paths);
  if (missing > 0) console.log(`Restored ${restored} of ${missing} original images missing from the media folder.`);
  if (restored < missing)
    throw new Error(
      `${missing - restored} original images named in the database cannot be made again from the seed. Run \`npm run db:reset\` to rebuild the database and its images.`,
    );
}
