import "server-only";
import { db, postgresDb, relationJoins } from "../db";
import type { ArticleDetail, RelatedArticle } from "../types";
import { CATEGORY_LINK } from "./eager-loading";
import type { Variant } from "./variant";

const RELATED_COUNT = 4;
const COMMENT_ORDER = [{ createdAt: "asc" }, { id: "asc" }] as const;
const NEWEST = [{ publishedAt: "desc" }, { id: "desc" }] as const;

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

type ArticleLoader = { getArticle(slug: string): Promise<ArticleDetail | null> };

export const articleDetail = {
  /**
   * 4 + C queries for C categories: the article, then its author, categories and comments
   * one by one, then every article of each category to pick a few related ones.
   */
  naive: {
    async getArticle(slug) {
      const article = await db.article.findUnique({ where: { slug } });
      if (!article) return null;
      const author = await db.author.findUniqueOrThrow({ where: { id: article.authorId } });
      const categories = await db.category.findMany({ where: { articles: { some: { id: article.id } } }, orderBy: { name: "asc" } });
      const comments = await db.comment.findMany({ where: { articleId: article.id }, orderBy: [...COMMENT_ORDER] });
      const candidates = new Map<number, RelatedArticle & { id: number }>();
      for (const category of categories) {
        const inCategory = await db.article.findMany({ where: { categories: { some: { id: category.id } } } });
        for (const a of inCategory) if (a.id !== article.id) candidates.set(a.id, { id: a.id, slug: a.slug, title: a.title, publishedAt: a.publishedAt });
      }
      const related = [...candidates.values()]
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id)
        .slice(0, RELATED_COUNT)
        .map(({ slug, title, publishedAt }) => ({ slug, title, publishedAt }));
      return {
        slug: article.slug,
        title: article.title,
        excerpt: article.excerpt,
        body: article.body,
        publishedAt: article.publishedAt,
        cover: article.cover,
        author: { slug: author.slug, name: author.name, portrait: author.portrait, bio: author.bio },
        categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
        comments: comments.map((c) => ({ id: c.id, authorName: c.authorName, body: c.body, createdAt: c.createdAt })),
        related,
      };
    },
  },
  /**
   * On SQLite, 4 queries: the article joined to its author in SQL (Prisma has no relation joins
   * there), then its categories, comments and related articles. On PostgreSQL, 2 queries run
   * together: the article with all its relations in one joined query, and the related articles.
   */
  optimized: {
    getArticle: (slug) => (relationJoins ? getArticleWithRelationJoins(slug) : getArticleWithSqlJoin(slug)),
  },
} satisfies Record<Variant, ArticleLoader>;

const COMMENT_VIEW = { id: true, authorName: true, body: true, createdAt: true } as const;
const RELATED_VIEW = { slug: true, title: true, publishedAt: true } as const;

async function getArticleWithSqlJoin(slug: string): Promise<ArticleDetail | null> {
  const [row] = await db.$queryRaw<JoinedRow[]>`
    SELECT a."id", a."slug", a."title", a."excerpt", a."body", a."publishedAt", a."cover",
           u."slug" AS "authorSlug", u."name" AS "authorName", u."portrait" AS "authorPortrait", u."bio" AS "authorBio"
    FROM "Article" a JOIN "Author" u ON u."id" = a."authorId"
    WHERE a."slug" = ${slug}`;
  if (!row) return null;
  const id = Number(row.id);
  const [categories, comments, related] = await Promise.all([
    db.category.findMany({ where: { articles: { some: { id } } }, select: CATEGORY_LINK, orderBy: { name: "asc" } }),
    db.comment.findMany({ where: { articleId: id }, select: COMMENT_VIEW, orderBy: [...COMMENT_ORDER] }),
    db.article.findMany({ where: { id: { not: id }, categories: { some: { articles: { some: { id } } } } }, select: RELATED_VIEW, orderBy: [...NEWEST], take: RELATED_COUNT }),
  ]);
  return {
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    body: row.body,
    publishedAt: new Date(row.publishedAt),
    cover: row.cover,
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
        author: { select: { slug: true, name: true, portrait: true, bio: true } },
        categories: { select: CATEGORY_LINK, orderBy: { name: "asc" } },
        comments: { select: COMMENT_VIEW, orderBy: [...COMMENT_ORDER] },
      },
    }),
    db.article.findMany({
      where: { slug: { not: slug }, categories: { some: { articles: { some: { slug } } } } },
      select: RELATED_VIEW,
      orderBy: [...NEWEST],
      take: RELATED_COUNT,
    }),
  ]);
  return article ? { ...article, related } : null;
}
