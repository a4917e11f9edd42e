import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { PagePlan } from "../page-plan";
import { pageWindow } from "../techniques/pagination";
import type { ArticleCard, ArticlePage, AuthorCard, CategoryLink } from "../types";
import { ARTICLE_CARD, NEWEST_FIRST } from "./shapes";

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
  _count?: { comments: number };
};

/**
 * One page of articles, newest first, built from three techniques: pagination (how many),
 * eager loading (authors and categories) and counts (comments). Naive mode is 1 + 3N queries
 * for N = 50; optimized is 3 queries for N = 10 (1 on PostgreSQL, with relation joins).
 */
export async function listArticles(plan: PagePlan, where: Prisma.ArticleWhereInput, page: number): Promise<ArticlePage> {
  const { pageSize, pageLinks } = plan.pagination;
  const relations = plan["eager-loading"];
  const counter = plan.counts;
  const rows = (await db.article.findMany({
    where,
    // Typed as the SQLite client, which has no relationLoadStrategy; it is set only on PostgreSQL.
    ...(relations.strategy() as object),
    orderBy: [...NEWEST_FIRST],
    ...pageWindow(page, pageSize),
    select: { ...ARTICLE_CARD, ...relations.select, ...counter.select },
  })) as ListedRow[];

  const articles: ArticleCard[] = [];
  // Sequential on purpose: naive mode issues its per-article queries one after another,
  // the way a template touching each relation in a loop does.
  for (const row of rows.slice(0, pageSize)) {
    const { author, categories } = await relations.relations(row);
    const commentCount = await counter.commentCount(row);
    const { slug, title, excerpt, publishedAt, cover } = row;
    articles.push({ slug, title, excerpt, publishedAt, cover, author, categories, commentCount });
  }
  return { articles, page, pageSize, pageLinks, hasPrevious: page > 1, hasNext: rows.length > pageSize };
}
