import "server-only";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";

/**
 * Which articles a listing shows, newest first: every article (the home page), one author's, or
 * one category's. The same filter is written twice here, side by side so that the two stay in
 * step: as Prisma's `where` for the queries that fetch a page's rows, and as SQL for the ids a
 * typed page number looks up first (lib/techniques/pagination.ts, `idsFirst`).
 */
export type Listing = { of: "all" } | { of: "author"; authorId: number } | { of: "category"; categoryId: number };

export function listingWhere(listing: Listing): Prisma.ArticleWhereInput {
  if (listing.of === "author") return { authorId: listing.authorId };
  if (listing.of === "category") return { categories: { some: { id: listing.categoryId } } };
  return {};
}

/**
 * The listing's condition on the article `a`. A category's is a correlated `IN`: PostgreSQL
 * cannot turn it into a join, so it stays a probe of the article–category primary key for each
 * article the walk along the index meets.
 */
function listingCondition(listing: Listing): Prisma.Sql {
  if (listing.of === "author") return Prisma.sql`a."authorId" = ${listing.authorId}`;
  if (listing.of === "category")
    return Prisma.sql`${listing.categoryId} IN (SELECT l."B" FROM "_ArticleToCategory" AS l WHERE l."A" = a."id")`;
  return Prisma.sql`TRUE`;
}

/**
 * The inner query of a deferred join: the ids of `take` articles of the listing after the first
 * `skip`, newest first (NEWEST_FIRST, lib/model/shapes.ts). It walks the `(publishedAt, id)` or
 * `(authorId, publishedAt, id)` index and reads nothing else of Article: O(skip) index entries
 * and no table rows, an index-only scan (PostgreSQL needs the visibility map for it, which the
 * seed's VACUUM fills) or SQLite's covering index.
 * 1 query. In SQL rather than Prisma's query API for the category: Prisma writes `some` as an
 * EXISTS joined to Category, which PostgreSQL turns into a hash semi-join that reads the whole
 * index and sorts it, O(articles) at every depth. The three listings are one statement here.
 */
export async function pageIds(listing: Listing, skip: number, take: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>`
    SELECT a."id" FROM "Article" AS a
    WHERE ${listingCondition(listing)}
    ORDER BY a."publishedAt" DESC, a."id" DESC
    LIMIT ${take} OFFSET ${skip}`;
  return rows.map((row) => Number(row.id));
}
