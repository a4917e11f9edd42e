import "server-only";
import { db } from "../db/client";
import { BY_NAME, CATEGORY_LINK, HAS_ARTICLES } from "../model/shapes";
import type { Variants } from "../model/plan";
import type { CategoryLink } from "../model/views";

/**
 * exists: whether there is any row, without loading the rows (Django's `.exists()`).
 * Acts on the category page (an empty category has no page: `categoryHasArticles`) and in the
 * sidebar of the home page (`listCategoriesWithArticles`).
 */
export type Exists = {
  categoryHasArticles(categoryId: number): Promise<boolean>;
  /** The categories that have articles, for the sidebar. */
  listCategoriesWithArticles(): Promise<CategoryLink[]>;
};

export const exists = {
  naive: {
    /** 1 query that loads every article of the category, only to test that there is one: O(articles of the category). */
    async categoryHasArticles(categoryId) {
      const articles = await db.article.findMany({ where: { categories: { some: { id: categoryId } } } });
      return articles.length > 0;
    },
    /** 1 + C queries for C categories: each category's articles are loaded to see if it has any: O(articles). */
    async listCategoriesWithArticles() {
      const categories = await db.category.findMany({ orderBy: BY_NAME });
      const shown: CategoryLink[] = [];
      for (const category of categories) {
        if (await exists.naive.categoryHasArticles(category.id)) shown.push({ slug: category.slug, name: category.name });
      }
      return shown;
    },
  },
  optimized: {
    /** 1 query that fetches at most one id: it stops at the first article of the category, O(1). */
    async categoryHasArticles(categoryId) {
      const first = await db.article.findFirst({ where: { categories: { some: { id: categoryId } } }, select: { id: true } });
      return first !== null;
    },
    /**
     * 1 query on the categories alone: whether each has any article is the count that triggers
     * keep beside it (`Category.articleCount`, see counts), O(categories). An EXISTS subquery
     * (`articles: { some: {} }`) would be one index probe per category on SQLite, but at 100
     * times the data PostgreSQL's planner hashes the whole article–category table for it
     * instead, O(articles): the debug panel's EXPLAIN shows the switch.
     */
    async listCategoriesWithArticles() {
      return db.category.findMany({ where: HAS_ARTICLES, select: CATEGORY_LINK, orderBy: BY_NAME });
    },
  },
} satisfies Variants<Exists>;
