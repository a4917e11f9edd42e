import type { Prisma } from "../generated/prisma/client";
import { NEWEST_FIRST, OLDEST_FIRST } from "../model/shapes";
import type { Cursor, PageQuery } from "../contract/urls/blog";
import type { Variants } from "../request/plan";

/**
 * pagination: how many articles a listing shows, and how a page finds its first row. The change
 * with the largest impact on the original site: fewer articles per page means fewer queries,
 * less HTML and fewer images.
 * Acts in lib/data/articles.ts (the rows a page fetches: `window`) and, through
 * `ArticlePage.pageLinks` and its cursors, in app/_components/page-links.tsx (Previous and Next).
 */
export type Pagination = {
  pageSize: number;
  /** Whether the listing shows Previous and Next links. */
  pageLinks: boolean;
  /** The rows to fetch for a page: one more than shown, to learn whether another page exists without a COUNT. */
  window(page: PageQuery): PageWindow;
};

export type PageWindow = {
  where: Prisma.ArticleWhereInput;
  orderBy: Prisma.ArticleOrderByWithRelationInput[];
  skip: number;
  take: number;
  /** Rows come oldest first (a Previous link's page) and are turned around to show. */
  reversed: boolean;
};

export const pagination = {
  /**
   * The original: about 50 posts on one page, no Previous/Next links. A page number is an
   * OFFSET: the database walks past every row before the page, O(offset).
   */
  naive: { pageSize: 50, pageLinks: false, window: (page) => offsetWindow(page.number, 50) },
  /**
   * 10 posts a page, with Previous and Next. Their links carry a keyset cursor, the last (or
   * first) article of the page they come from, and the page starts right there in the index:
   * O(page) however deep. A page number typed without a cursor is still an offset.
   */
  optimized: {
    pageSize: 10,
    pageLinks: true,
    window(page) {
      if (page.after) return { where: olderThan(page.after), orderBy: [...NEWEST_FIRST], skip: 0, take: 11, reversed: false };
      if (page.before) return { where: newerThan(page.before), orderBy: [...OLDEST_FIRST], skip: 0, take: 11, reversed: true };
      return offsetWindow(page.number, 10);
    },
  },
} satisfies Variants<Pagination>;

function offsetWindow(page: number, pageSize: number): PageWindow {
  return { where: {}, orderBy: [...NEWEST_FIRST], skip: (page - 1) * pageSize, take: pageSize + 1, reversed: false };
}

/**
 * The rows after the cursor, newest first: `publishedAt < t OR (publishedAt = t AND id < i)`,
 * written with its range first. A bare OR gives the database no range to seek to, so SQLite
 * walks the (publishedAt, id) index from the newest article down to the cursor, O(depth); the
 * leading `publishedAt <= t` starts the walk at the cursor, O(page).
 */
function olderThan({ publishedAt, id }: Cursor): Prisma.ArticleWhereInput {
  return { publishedAt: { lte: publishedAt }, OR: [{ publishedAt: { lt: publishedAt } }, { id: { lt: id } }] };
}

/** The rows before the cursor, oldest first, with the same leading range. */
function newerThan({ publishedAt, id }: Cursor): Prisma.ArticleWhereInput {
  return { publishedAt: { gte: publishedAt }, OR: [{ publishedAt: { gt: publishedAt } }, { id: { gt: id } }] };
}
