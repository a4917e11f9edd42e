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

/** The listing's rows in ListingWeek (prisma/schema.prisma): its name there, and whose listing it is. */
function listingOwner(listing: Listing): [string, number] {
  if (listing.of === "author") return [listing.of, listing.authorId];
  if (listing.of === "category") return [listing.of, listing.categoryId];
  return [listing.of, 0];
}

/**
 * The inner query of a deferred join: the ids of `take` articles of the listing after the first
 * `skip`, newest first (NEWEST_FIRST, lib/model/shapes.ts). It reads nothing else of Article.
 *
 * It does not walk the `skip` articles before the page. It counts weeks instead: ListingWeek
 * keeps how many articles the listing has in each week (triggers keep it, see the listing weeks
 * migration), and a running sum over them, newest week first, stops at the week the page starts
 * in, the one week whose articles span the `skip`th. Only that week meets the condition, so the
 * sum stops there with no ORDER BY (which made SQLite sum and sort every week). The walk along
 * the `(publishedAt, id)` or `(authorId, publishedAt, id)` index then starts at that week's end
 * and skips only the articles of that week before the page. Cost: O(weeks up to the page + one
 * week's articles), about the same at page 2 as at page 2,000, where OFFSET alone walks O(skip)
 * index entries (on PostgreSQL at 1000x, 1.2 ms for page 2,000 against 0.5 ms here) and, for a
 * category, probes the links for every article it meets. A page past the last finds no week and
 * no ids.
 *
 * 1 query, in SQL: Prisma's query API has no window function, and it writes a category's `some`
 * as an EXISTS joined to Category, which PostgreSQL turns into a hash semi-join that reads the
 * whole index and sorts it, O(articles) at every depth. The three listings are one statement.
 */
export async function pageIds(listing: Listing, skip: number, take: number): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number | bigint }[]>(pageIdsSql(listing, skip, take));
  return rows.map((row) => Number(row.id));
}

/** pageIds' statement, the same on SQLite and PostgreSQL. */
export function pageIdsSql(listing: Listing, skip: number, take: number): Prisma.Sql {
  const [name, owner] = listingOwner(listing);
  return Prisma.sql`
    WITH "start" AS (
      SELECT "endsAt", "through" - "articles" AS "before" FROM (
        SELECT w."endsAt", w."articles", SUM(w."articles") OVER (ORDER BY w."endsAt" DESC ROWS UNBOUNDED PRECEDING) AS "through"
        FROM "ListingWeek" AS w WHERE w."listing" = ${name} AND w."ownerId" = ${owner}
      ) AS "weeks"
      WHERE "through" - "articles" <= ${skip} AND "through" > ${skip}
      LIMIT 1
    )
    SELECT a."id" FROM "Article" AS a
    WHERE ${listingCondition(listing)} AND a."publishedAt" < (SELECT "endsAt" FROM "start")
    ORDER BY a."publishedAt" DESC, a."id" DESC
    LIMIT ${take} OFFSET ${skip} - COALESCE((SELECT "before" FROM "start"), 0)`;
}
