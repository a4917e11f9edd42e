import "server-only";
import { db, postgresDb, relationJoins } from "../db/client";
import {
  AUTHOR_CARD,
  BY_NAME,
  CATEGORY_LINK,
  COMMENT_ORDER,
  COMMENT_VIEW,
  NEWEST_FIRST,
  RELATED_COUNT,
  RELATED_VIEW,
} from "../model/shapes";
import type { Variants } from "../model/plan";
import type { ArticleDetail, AuthorCard, CategoryLink, RelatedArticle } from "../model/views";

/**
 * eager-loading: how an article's author, categories and comments are loaded, the original
 * article's `select_related` and `prefetch_related`.
 * Acts in lib/data/articles.ts (every listing: `select`, `strategy`, `relations`) and on the
 * article page (`getArticle`).
 */
type Row = { id: number; authorId?: number; author?: AuthorCard; categories?: CategoryLink[] };

export type EagerLoading = {
  /** What the list query selects of the relations. */
  select: Record<string, unknown>;
  /** How Prisma loads them: separate queries, or joins where the database allows. */
  strategy(): { relationLoadStrategy?: "join" };
  /** The author and categories of one listed article. */
  relations(row: Row): Promise<{ author: AuthorCard; categories: CategoryLink[] }>;
  /** One article with its author, categories, comments and related articles, or null. */
  getArticle(slug: string): Promise<ArticleDetail | null>;
};

export const eagerLoading = {
  /**
   * Listing: 2N queries for N articles. Each article's author and categories are fetched one
   * by one as the list renders, whole rows, and the same author again for each of their
   * articles (the duplicates a debug toolbar shows).
   * Article page: 4 + C queries for C categories: the article, its author, categories and
   * comments one by one, then every article of each category to pick a few related ones.
   * As the data grows: the listing stays O(page) rows in 2N round trips; the article page reads
   * every article of its categories, O(articles).
   */
  naive: {
    select: { authorId: true },
    strategy: () => ({}),
    async relations(row) {
      const author = await db.author.findUniqueOrThrow({ where: { id: row.authorId! } });
      const categories = await db.category.findMany({ where: { articles: { some: { id: row.id } } }, orderBy: BY_NAME });
      return {
        author: { slug: author.slug, name: author.name, portrait: author.portrait },
        categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
      };
    },
    async getArticle(slug) {
      const article = await db.article.findUnique({ where: { slug } });
      if (!article) return null;
      const author = await db.author.findUniqueOrThrow({ where: { id: article.authorId } });
      const categories = await db.category.findMany({ where: { articles: { some: { id: article.id } } }, orderBy: BY_NAME });
      const comments = await db.comment.findMany({ where: { articleId: article.id }, orderBy: [...COMMENT_ORDER] });
      const candidates = new Map<number, RelatedArticle & { id: number }>();
      for (const category of categories) {
        const inCategory = await db.article.findMany({ where: { categories: { some: { id: category.id } } } });
        for (const a of inCategory)
          if (a.id !== article.id) candidates.set(a.id, { id: a.id, slug: a.slug, title: a.title, publishedAt: a.publishedAt });
      }
      const related = [...candidates.values()]
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id)
        .slice(0, RELATED_COUNT)
        .map(({ slug: s, title, publishedAt }) => ({ slug: s, title, publishedAt }));
      return {
        ...pick(article, ["slug", "title", "excerpt", "body", "publishedAt", "cover"]),
        author: pick(author, ["slug", "name", "portrait", "bio"]),
        categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
        comments: comments.map((c) => pick(c, ["id", "authorName", "body", "createdAt"])),
        related,
      };
    },
  },
  /**
   * Listing: 2 queries for the whole list on SQLite, whatever N: Prisma loads each relation
   * with one `IN (...)` query. On PostgreSQL, none: the relations are joined into the list query.
   * Article page: on SQLite, 4 queries: the article joined to its author in SQL (Prisma has no
   * relation joins there), then its categories, comments and related articles, in parallel. On
   * PostgreSQL, 2 queries run together: the article with all its relations in one joined
   * query, and the related articles.
   * As the data grows: O(page) for the listing, by primary keys and the article–category index;
   * the related articles walk the newest-first index until four share a category, O(1) for a
   * fixed number of categories.
   */
  optimized: {
    strategy: () => (relationJoins ? { relationLoadStrategy: "join" } : {}),
    select: { author: { select: AUTHOR_CARD }, categories: { select: CATEGORY_LINK, orderBy: BY_NAME } },
    async relations(row) {
      return { author: row.author!, categories: row.categories! };
    },
    getArticle: (slug) => (relationJoins ? getArticleWithRelationJoins(slug) : getArticleWithSqlJoin(slug)),
  },
} satisfies Variants<EagerLoading>;

function pick<T extends object, K extends keyof T>(row: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;
}

type JoinedRow = {
  id: number | bigint;
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  publishedAt: Date | string | number;
  cover: string;
  authorSlug: string;
  authorName: string;
  authorPortrait: string;
  authorBio: string;
};

async function getArticleWithSqlJoin(slug: string): Promise<ArticleDetail | null> {
  const [row] = await db.$queryRaw<JoinedRow[]>`
    SELECT a."id", a."slug", a."title", a."excerpt", a."body", a."publishedAt", a."cover",
           u."slug" AS "authorSlug", u."name" AS "authorName", u."portrait" AS "authorPortrait", u."bio" AS "authorBio"
    FROM "Article" a JOIN "Author" u ON u."id" = a."authorId"
    WHERE a."slug" = ${slug}`;
  if (!row) return null;
  const id = Number(row.id);
  const [categories, comments, related] = await Promise.all([
    db.category.findMany({ where: { articles: { some: { id } } }, select: CATEGORY_LINK, orderBy: BY_NAME }),
    db.comment.findMany({ where: { articleId: id }, select: COMMENT_VIEW, orderBy: [...COMMENT_ORDER] }),
    db.article.findMany({
      where: { id: { not: id }, categories: { some: { articles: { some: { id } } } } },
      select: RELATED_VIEW,
      orderBy: [...NEWEST_FIRST],
      take: RELATED_COUNT,
    }),
  ]);
  return {
    ...pick(row, ["slug", "title", "excerpt", "body", "cover"]),
    publishedAt: new Date(row.publishedAt),
    author: { slug: row.authorSlug, name: row.authorName, portrait: row.authorPortrait, bio: row.authorBio },
    categories,
    comments,
    related,
  };
}

async function getArticleWithRelationJoins(slug: string): Promise<ArticleDetail | null> {
  const [article, related] = await Promise.all([
    postgresDb().article.findUnique({
      where: { slug },
      relationLoadStrategy: "join",
      select: {
        slug: true,
        title: true,
        excerpt: true,
        body: true,
        publishedAt: true,
        cover: true,
        author: { select: { ...AUTHOR_CARD, bio: true } },
        categories: { select: CATEGORY_LINK, orderBy: BY_NAME },
        comments: { select: COMMENT_VIEW, orderBy: [...COMMENT_ORDER] },
      },
    }),
    db.article.findMany({
      where: { slug: { not: slug }, categories: { some: { articles: { some: { slug } } } } },
      select: RELATED_VIEW,
      orderBy: [...NEWEST_FIRST],
      take: RELATED_COUNT,
    }),
  ]);
  return article ? { ...article, related } : null;
}
