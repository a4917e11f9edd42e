import "server-only";
import { db } from "../db/client";
import type { PageQuery } from "../contract/urls/blog";
import type { PagePlan } from "../request/page-plan";
import type { ArticleDetail, ArticlePage, AuthorProfile, CategoryLink, CategoryProfile, CategorySummary, CommentView } from "../model/views";
import { listArticles } from "./articles";

/**
 * The data functions pages call (get<Thing> returns T | null, list<Things> returns T[]). Each
 * takes the request's plan and runs the variants it holds; data-cache goes around each one
 * whole, keyed by its name and arguments, so that a warm cached page runs no query at all.
 */

export function listLatestArticles(plan: PagePlan, page: PageQuery): Promise<ArticlePage> {
  return plan["data-cache"].through(["listLatestArticles", page], () => listArticles(plan, { of: "all" }, page));
}

export function getArticle(plan: PagePlan, slug: string): Promise<ArticleDetail | null> {
  return plan["data-cache"].through(["getArticle", slug], () => plan["eager-loading"].getArticle(slug));
}

/** The article's earliest comment, from what the page loaded or from the database again. */
export function getFirstComment(plan: PagePlan, article: ArticleDetail): Promise<CommentView | null> {
  return plan["data-cache"].through(["getFirstComment", article.slug], () => plan["first-item"].firstComment(article));
}

export function listSidebarCategories(plan: PagePlan): Promise<CategoryLink[]> {
  return plan["data-cache"].through(["listSidebarCategories"], () => plan.exists.listCategoriesWithArticles());
}

export function listCategorySummaries(plan: PagePlan): Promise<CategorySummary[]> {
  return plan["data-cache"].through(["listCategorySummaries"], () => plan.counts.listCategorySummaries());
}

/** The author and one page of their articles, or null for an unknown slug. */
export function getAuthorWithArticles(
  plan: PagePlan,
  slug: string,
  page: PageQuery,
): Promise<{ author: AuthorProfile; articles: ArticlePage } | null> {
  return plan["data-cache"].through(["getAuthorWithArticles", slug, page], () => loadAuthorWithArticles(plan, slug, page));
}

/** The category and one page of its articles; null for an unknown slug or an empty category. */
export function getCategoryWithArticles(
  plan: PagePlan,
  slug: string,
  page: PageQuery,
): Promise<{ category: CategoryProfile; articles: ArticlePage } | null> {
  return plan["data-cache"].through(["getCategoryWithArticles", slug, page], () => loadCategoryWithArticles(plan, slug, page));
}

async function loadAuthorWithArticles(
  plan: PagePlan,
  slug: string,
  page: PageQuery,
): Promise<{ author: AuthorProfile; articles: ArticlePage } | null> {
  const author = await db.author.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, bio: true, portrait: true } });
  if (!author) return null;
  const { id, ...profile } = author;
  return { author: profile, articles: await listArticles(plan, { of: "author", authorId: id }, page) };
}

async function loadCategoryWithArticles(
  plan: PagePlan,
  slug: string,
  page: PageQuery,
): Promise<{ category: CategoryProfile; articles: ArticlePage } | null> {
  const category = await db.category.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
  if (!category) return null;
  if (!(await plan.exists.categoryHasArticles(category.id))) return null;
  const { id, ...profile } = category;
  return { category: profile, articles: await listArticles(plan, { of: "category", categoryId: id }, page) };
}
