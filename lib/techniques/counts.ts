import "server-only";
import { db } from "../db";
import { BY_NAME } from "../data/shapes";
import type { Variants } from "../plan";
import type { CategorySummary } from "../types";

/**
 * counts: how many comments an article has and how many articles a category has.
 * Acts in lib/data/articles.ts (a listed article's comment count: `select`, `commentCount`)
 * and on the category index (`listCategorySummaries`).
 */
type Row = { id: number; _count?: { comments: number } };

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
   * counted. The category index: 1 + C queries, every article of every category loaded and counted.
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
   * A listed article: no extra query, `_count` adds a grouped COUNT(*) to the list query itself.
   * The category index: 1 query, an EXISTS filter and a grouped COUNT(*).
   */
  optimized: {
    select: { _count: { select: { comments: true } } },
    async commentCount(row) {
      return row._count!.comments;
    },
    async listCategorySummaries() {
      const categories = await db.category.findMany({
        where: { articles: { some: {} } },
        select: { slug: true, name: true, _count: { select: { articles: true } } },
        orderBy: BY_NAME,
      });
      return categories.map((c) => ({ slug: c.slug, name: c.name, articleCount: c._count.articles }));
    },
  },
} satisfies Variants<Counts>;
