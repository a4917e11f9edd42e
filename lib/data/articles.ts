import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { PagePlan } from "../request/page-plan";
import type { PageQuery } from "../contract/urls/blog";
import type { ArticleCard, ArticlePage, AuthorCard, CategoryLink } from "../model/views";
import { ARTICLE_CARD } from "../model/shapes";
import { pageOf } from "../techniques/pagination";
import { listingWhere, pageIds, type Listing } from "./listings";

type ListedRow = {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  cover: string;
  authorId?: number;
  author?: AuthorCard;
  categories?: CategoryLink[];
  commentCount?: number;
};

/**
 * One page of articles, newest first, built from three techniques: pagination (how many, and
 * where the page starts), eager loading (authors and categories) and counts (comments). Naive
 * mode is 1 + 3N queries for N = 50; optimized is 3 queries for N = 10 (1 on PostgreSQL, with
 * relation joins), and one more, the page's ids, for a page number typed without a cursor.
 */
export async function listArticles(plan: PagePlan, listing: Listing, page: PageQuery): Promise<ArticlePage> {
  const relations = plan["eager-loading"];
  const counter = plan.counts;
  const window = plan.pagination.window(page);
  const card = {
    // Typed as the SQLite client, which has no relationLoadStrategy; it is set only on PostgreSQL.
    ...(relations.strategy() as object),
    orderBy: window.orderBy,
    select: { ...ARTICLE_CARD, ...relations.select, ...counter.select },
  };
  const fetched = (
    window.idsFirst
      ? await rowsOf(await pageIds(listing, window.skip, window.take), card)
      : await db.article.findMany({ ...card, where: { AND: [listingWhere(listing), window.where] }, skip: window.skip, take: window.take })
  ) as ListedRow[];
  const { rows, ...shown } = pageOf(plan.pagination, page, fetched);

  const articles: ArticleCard[] = [];
  // Sequential on purpose: naive mode issues its per-article queries one after another,
  // the way a template touching each relation in a loop does.
  for (const row of rows) {
    const { author, categories } = await relations.relations(row);
    const commentCount = await counter.commentCount(row);
    const { slug, title, excerpt, publishedAt, cover } = row;
    articles.push({ slug, title, excerpt, publishedAt, cover, author, categories, commentCount });
  }
  return { articles, ...shown };
}

/** The outer query of a deferred join: the page's rows by primary key, O(page); none to fetch past the last page. */
async function rowsOf(ids: number[], card: Omit<Prisma.ArticleFindManyArgs, "where">): Promise<unknown[]> {
  return ids.length === 0 ? [] : db.article.findMany({ ...card, where: { id: { in: ids } } });
}
