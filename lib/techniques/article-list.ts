import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { has, type Mode } from "../mode";
import type { ArticleCard, ArticlePage, AuthorCard, CategoryLink } from "../types";
import { counts } from "./counts";
import { eagerLoading } from "./eager-loading";
import { pageWindow, pagination } from "./pagination";
import { variantOf } from "./variant";

/** Newest first; the id breaks ties so that pages never overlap. */
export const NEWEST_FIRST = [{ publishedAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ArticleOrderByWithRelationInput[];

const ARTICLE_CARD = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  cover: true,
} as const;

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
 * for N = 50; optimized is 3 queries for N = 10.
 */
export async function listArticles(mode: Mode, where: Prisma.ArticleWhereInput, page: number): Promise<ArticlePage> {
  const { pageSize } = pagination[variantOf(mode, "pagination")];
  const relations = eagerLoading[variantOf(mode, "eager-loading")];
  const counter = counts[variantOf(mode, "counts")];
  const rows = (await db.article.findMany({
    where,
    ...relations.strategy(),
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
    articles.push({
      slug: row.slug,
      title: row.title,
      excerpt: row.excerpt,
      publishedAt: row.publishedAt,
      cover: row.cover,
      author,
      categories,
      commentCount,
    });
  }
  return {
    articles,
    page,
    pageSize,
    hasPrevious: page > 1,
    hasNext: rows.length > pageSize,
  };
}

/** Whether Previous/Next links are shown: only with the pagination technique. */
export function showsPageLinks(mode: Mode): boolean {
  return has(mode, "pagination");
}
