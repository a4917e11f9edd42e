import "server-only";
import { db } from "../db";
import type { CategoryLink, CategorySummary } from "../types";
import type { Variant } from "./variant";

const BY_NAME = { name: "asc" } as const;

type ExistenceChecks = {
  /** Whether a category has any article; empty categories get no page. */
  categoryHasArticles(categoryId: number): Promise<boolean>;
  /** The categories that have articles, for the sidebar. */
  listCategoriesWithArticles(): Promise<CategoryLink[]>;
};

export const exists = {
  naive: {
    /** 1 query that loads every article of the category, only to test that there is one. */
    async categoryHasArticles(categoryId) {
      const articles = await db.article.findMany({ where: { categories: { some: { id: categoryId } } } });
      return articles.length > 0;
    },
    /** 1 + C queries for C categories: each category's articles are loaded to see if it has any. */
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
    /** 1 query that fetches at most one id. */
    async categoryHasArticles(categoryId) {
      const first = await db.article.findFirst({ where: { categories: { some: { id: categoryId } } }, select: { id: true } });
      return first !== null;
    },
    /** 1 query: an EXISTS subquery in SQL. */
    async listCategoriesWithArticles() {
      return db.category.findMany({
        where: { articles: { some: {} } },
        select: { slug: true, name: true },
        orderBy: BY_NAME,
      });
    },
  },
} satisfies Record<Variant, ExistenceChecks>;

type CategoryCounter = { listCategorySummaries(): Promise<CategorySummary[]> };

/** The category index: each category with its number of articles, empty ones left out. */
export const categoryCounts = {
  /** 1 + C queries: every article of every category is loaded and counted. */
  naive: {
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
  /** 1 query: an EXISTS filter and a grouped COUNT(*). */
  optimized: {
    async listCategorySummaries() {
      const categories = await db.category.findMany({
        where: { articles: { some: {} } },
        select: { slug: true, name: true, _count: { select: { articles: true } } },
        orderBy: BY_NAME,
      });
      return categories.map((c) => ({ slug: c.slug, name: c.name, articleCount: c._count.articles }));
    },
  },
} satisfies Record<Variant, CategoryCounter>;
