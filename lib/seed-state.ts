import type { PrismaClient } from "./generated/prisma/client";

/** Bumped when the seed's content changes, so that an old database is noticed. */
export const SEED_VERSION = 1;

export type SeedState = "empty" | "seeded" | "partial";

/** Whether the database is empty, fully seeded (the seed's last row is there) or anything else. */
export async function seedState(db: PrismaClient): Promise<SeedState> {
  const mark = await db.seedMark.findUnique({ where: { id: 1 } });
  if (mark) return "seeded";
  const [authors, articles, categories, comments] = await Promise.all([db.author.count(), db.article.count(), db.category.count(), db.comment.count()]);
  return authors + articles + categories + comments === 0 ? "empty" : "partial";
}
