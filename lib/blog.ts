import "server-only";
import { db } from "./db";
import type { Mode } from "./mode";
import { articleDetail } from "./techniques/article-detail";
import { listArticles } from "./techniques/article-list";
import { categoryCounts, exists } from "./techniques/exists";
import { variantOf } from "./techniques/variant";
import type { ArticleDetail, ArticlePage, AuthorProfile, CategoryLink, CategoryProfile, CategorySummary } from "./types";

/** The data functions pages call. Each takes the mode and picks the variant of each technique it uses. */

export function listLatestArticles(mode: Mode, page: number): Promise<ArticlePage> {
  return listArticles(mode, {}, page);
}

export function getArticle(mode: Mode, slug: string): Promise<ArticleDetail | null> {
  return articleDetail[variantOf(mode, "eager-loading")].getArticle(slug);
}

export function listSidebarCategories(mode: Mode): Promise<CategoryLink[]> {
  return exists[variantOf(mode, "exists")].listCategoriesWithArticles();
}

export function listCategorySummaries(mode: Mode): Promise<CategorySummary[]> {
  return categoryCounts[variantOf(mode, "counts")].listCategorySummaries();
}

/** The author and one page of their articles, or null for an unknown slug. */
export async function getAuthorWithArticles(
  mode: Mode,
  slug: string,
  page: number,
): Promise<{ author: AuthorProfile; articles: ArticlePage } | null> {
  const author = await db.author.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, bio: true, portrait: true } });
  if (!author) return null;
  const { id, ...profile } = author;
  return { author: profile, articles: await listArticles(mode, { authorId: id }, page) };
}

/** The category and one page of its articles; null for an unknown slug or an empty category. */
export async function getCategoryWithArticles(
  mode: Mode,
  slug: string,
  page: number,
): Promise<{ category: CategoryProfile; articles: ArticlePage } | null> {
  const category = await db.category.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
  if (!category) return null;
  if (!(await exists[variantOf(mode, "exists")].categoryHasArticles(category.id))) return null;
  const { id, ...profile } = category;
  return { category: profile, articles: await listArticles(mode, { categories: { some: { id } } }, page) };
}
