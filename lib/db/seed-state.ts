import type { PrismaClient } from "../generated/prisma/client";

/** Bumped when the seed's content changes, so that an old database is noticed. */
export const SEED_VERSION = 1;

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
