import type { PrismaClient } from "../generated/prisma/client";

/** Bumped when the seed's content changes, so that an old database is noticed. */
export const SEED_VERSION = 2;

/** What each version of the seed changed, for the note a database seeded by an older one gets. */
const SEED_CHANGES: Record<number, string> = {
  2: "its articles, bios and comments are written in English by hand, where version 1 strung random words together",
};

export type SeedState = "empty" | "seeded" | "partial";

/** What the seed's last row says: the version of the seed and the scale it wrote (see prisma/seed-scale.ts). */
export type SeedMark = { version: number; scale: number };

/** Whether the database is empty, fully seeded (the seed's last row is there) or anything else. */
export async function seedState(db: PrismaClient): Promise<SeedState> {
  // Only the id, so that the answer does not depend on the mark's other columns.
  const mark = await db.seedMark.findUnique({ where: { id: 1 }, select: { id: true } });
  if (mark) return "seeded";
  const [authors, articles, categories, comments] = await Promise.all([
    db.author.count(),
    db.article.count(),
    db.category.count(),
    db.comment.count(),
  ]);
  return authors + articles + categories + comments === 0 ? "empty" : "partial";
}

/** The seed mark, or null when the seed never finished. */
export function readSeedMark(db: PrismaClient): Promise<SeedMark | null> {
  return db.seedMark.findUnique({ where: { id: 1 }, select: { version: true, scale: true } });
}

/**
 * The note for a database seeded by an older version of the seed, or null. Such a database is
 * still served as it is: its rows are whole, only their text is not the seed's current one.
 */
export function olderSeedNote(mark: SeedMark): string | null {
  if (mark.version >= SEED_VERSION) return null;
  const changes = Object.entries(SEED_CHANGES)
    .filter(([version]) => Number(version) > mark.version)
    .map(([version, change]) => `in version ${version}, ${change}`);
  const reset = `${mark.scale > 1 ? `SEED_SCALE=${mark.scale} ` : ""}npm run db:reset`;
  return (
    `Note: this database was seeded by version ${mark.version} of the seed, and the seed is now at version ${SEED_VERSION} (${changes.join("; ")}). ` +
    `It is served as it is. Run \`${reset}\` to get the new text (this deletes the database and its original images, then seeds it again).`
  );
}
