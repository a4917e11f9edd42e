import "server-only";
import { db } from "../db/client";
import { BY_NAME, CATEGORY_LINK, HAS_ARTICLES } from "../model/shapes";
import type { Variants } from "../model/plan";
import type { CategorySummary } from "../model/views";

/**
 * counts: how many comments an article has and how many articles a category has.
 * Acts in lib/data/articles.ts (a listed article's comment count: `select`, `commentCount`)
 * and on the category index (`listCategorySummaries`).
 */
type Row = { id: number; commentCount?: number };

export type Counts = {
  /** What the list query selects to count comments. */
  select: Record<string, unknown>;
  commentCount(row: Row): Promise<number>;
  /** The category index: each category with its number of articles, empty ones left out. */
  listCategorySummaries(): Promise<CategorySummary[]>;
};

export const counts = {
  /**
   * A listed article: 1 query each, and every comment row travels from the database only to be
   * counted: O(comments of the page's articles) rows, 50 queries. The category index: 1 + C
   * queries, every article of every category loaded and counted: O(articles) rows.
   */
  naive: {
    select: {},
    async commentCount(row) {
      const comments = await db.comment.findMany({ where: { articleId: row.id } });
      return comments.length;
    },
    async listCategorySummaries() {
      const categories = await db.category.findMany({ orderBy: BY_NAME });
      const summaries: CategorySummary[] = [];
      for (const category of categories) {
        const articles = await db.article.findMany({ where: { categories: { some: { id: category.id } } } });
        if (articles.length > 0) summaries.push({ slug: category.slug, name: category.name, articleCount: articles.length });
      }
      return summaries;
    },
  },
  /**
   * Counters the database keeps: triggers update `Article.commentCount` and
   * `Category.articleCount` in the same transaction as the comments and links they count
   * (prisma/migrations/*_counters_and_listing_indexes). A listed article's count is a column of
   * the list query: no extra query, O(page). The category index: 1 query, O(categories).
   * Prisma's `_count` would be one query too, but on SQLite it joins a GROUP BY over the whole
   * Comment table on every page view: O(comments), 3 million rows at scale 1000.
   */
  optimized: {
    select: { commentCount: true },
    async commentCount(row) {
      return row.commentCount!;
    },
    async listCategorySummaries() {
      const categories = await db.category.findMany({
        where: HAS_ARTICLES,
        select: { ...CATEGORY_LINK, articleCount: true },
        orderBy: BY_NAME,
      });
      return categories;
    },
  },
} satisfies Variants<Counts>;
