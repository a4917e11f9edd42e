import type { Prisma } from "../generated/prisma/client";

/**
 * Query shapes several techniques share: what a listed article, an author card or a category
 * link selects, and the orders lists are sorted in. Both variants of a technique use them, so
 * that naive and optimized render exactly the same content.
 */

/** Newest first; the id breaks ties so that pages never overlap. */
export const NEWEST_FIRST = [{ publishedAt: "desc" }, { id: "desc" }] as const satisfies Prisma.ArticleOrderByWithRelationInput[];

/** The same order turned around, to read the page before a cursor. */
export const OLDEST_FIRST = [{ publishedAt: "asc" }, { id: "asc" }] as const satisfies Prisma.ArticleOrderByWithRelationInput[];

/** Oldest first, as a conversation reads. */
export const COMMENT_ORDER = [{ createdAt: "asc" }, { id: "asc" }] as const satisfies Prisma.CommentOrderByWithRelationInput[];

export const BY_NAME = { name: "asc" } as const;

/** The categories that have articles, by the count triggers keep beside each (`Category.articleCount`): O(categories). */
export const HAS_ARTICLES = { articleCount: { gt: 0 } } as const satisfies Prisma.CategoryWhereInput;

/** The columns a listed article shows of itself. */
export const ARTICLE_CARD = { id: true, slug: true, title: true, excerpt: true, publishedAt: true, cover: true } as const;

/** The columns shown of an article's author and categories. */
export const AUTHOR_CARD = { slug: true, name: true, portrait: true } as const;
export const CATEGORY_LINK = { slug: true, name: true } as const;

export const COMMENT_VIEW = { id: true, authorName: true, body: true, createdAt: true } as const;
export const RELATED_VIEW = { slug: true, title: true, publishedAt: true } as const;

/** How many related articles an article page shows. */
export const RELATED_COUNT = 4;
