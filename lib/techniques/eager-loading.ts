import "server-only";
import { db, joinStrategy } from "../db";
import type { AuthorCard, CategoryLink } from "../types";
import type { Variant } from "./variant";

/** The columns a listed article needs of its relations. */
export const AUTHOR_CARD = { slug: true, name: true, portrait: true } as const;
export const CATEGORY_LINK = { slug: true, name: true } as const;
const CATEGORY_ORDER = { name: "asc" } as const;

type Relations = { author: AuthorCard; categories: CategoryLink[] };
type Row = { id: number; authorId?: number; author?: AuthorCard; categories?: CategoryLink[] };

type RelationLoader = {
  /** What the list query selects of the relations. */
  select: Record<string, unknown>;
  /** How Prisma loads them: separate queries, or joins where the database allows. */
  strategy(): { relationLoadStrategy?: "join" };
  /** The author and categories of one listed article. */
  relations(row: Row): Promise<Relations>;
};

export const eagerLoading = {
  /**
   * 2N queries for N articles: each article's author and categories are fetched one by one
   * as the list renders, whole rows, and the same author is fetched again for each of
   * their articles (the duplicates a debug toolbar shows).
   */
  naive: {
    select: { authorId: true },
    strategy: () => ({}),
    async relations(row) {
      const author = await db.author.findUniqueOrThrow({ where: { id: row.authorId! } });
      const categories = await db.category.findMany({
        where: { articles: { some: { id: row.id } } },
        orderBy: CATEGORY_ORDER,
      });
      return {
        author: { slug: author.slug, name: author.name, portrait: author.portrait },
        categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
      };
    },
  },
  /**
   * 2 queries for the whole list on SQLite, whatever N: Prisma loads each relation with one
   * `IN (...)` query. On PostgreSQL, none: the relations are joined into the list query.
   */
  optimized: {
    strategy: joinStrategy,
    select: {
      author: { select: AUTHOR_CARD },
      categories: { select: CATEGORY_LINK, orderBy: CATEGORY_ORDER },
    },
    async relations(row) {
      return { author: row.author!, categories: row.categories! };
    },
  },
} satisfies Record<Variant, RelationLoader>;
