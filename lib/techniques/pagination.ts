import { formatCursor, type Cursor, type PageQuery } from "../contract/urls/blog";
import type { Prisma } from "../generated/prisma/client";
import { NEWEST_FIRST, OLDEST_FIRST } from "../model/shapes";
import type { Variants } from "../model/plan";

/**
 * pagination: how many articles a listing shows, and how a page finds its first row. The change
 * with the largest impact on the original site: fewer articles per page means fewer queries,
 * less HTML and fewer images.
 * Acts on every listing (lib/data/articles.ts): `window` says which rows to fetch for a page and
 * how (directly, or its ids first), and `pageOf` turns the rows fetched into the page shown, with
 * its Previous and Next cursors, which app/_components/page-links.tsx links to
 * (lib/contract/urls/blog.ts writes those links).
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
  /**
   * A deferred join: look up the page's ids first, from the listing's weekly counts and its
   * index, then fetch its rows by primary key (lib/data/listings.ts, lib/data/articles.ts). Only
   * on an offset page past the first, whose `where` is empty and whose order is newest first.
   */
  idsFirst: boolean;
};

export const pagination = {
  /**
   * The original: about 50 posts on one page, no Previous/Next links. A page number is an
   * OFFSET: the database reads every row before the page, O(offset) rows, in the listing's query.
   */
  naive: { pageSize: 50, pageLinks: false, window: (page) => ({ ...offsetWindow(page.number, 50), idsFirst: false }) },
  /**
   * 10 posts a page, with Previous and Next. Their links carry a keyset cursor, the last (or
   * first) article of the page they come from, and the page starts right there in the index:
   * O(page) however deep, in the listing's query.
   * A page number typed without a cursor (the address bar, a bookmark, a crawler) has no
   * article to start from, only a count of articles to skip. It is a deferred join: the page's
   * ids first, then its rows by primary key, O(page): 2 queries where a linked page's rows take 1.
   * The ids do not walk the articles before the page, O(offset), as OFFSET does: they sum the
   * listing's kept weekly counts up to the week the page starts in, then walk the index inside
   * that week only, O(weeks + a week's articles), index entries and no table rows.
   * Keyset is still the real fix (Markus Winand's "no offset"); the weekly counts are to OFFSET
   * what the kept comment counter is to COUNT(*) (hammerstone/fast-paginate's deferred join
   * keeps the walk inside the index, and the counts shorten it to one week).
   */
  optimized: {
    pageSize: 10,
    pageLinks: true,
    window(page) {
      const keyset = { skip: 0, take: 11, idsFirst: false };
      if (page.after) return { ...keyset, where: olderThan(page.after), orderBy: [...NEWEST_FIRST], reversed: false };
      if (page.before) return { ...keyset, where: newerThan(page.before), orderBy: [...OLDEST_FIRST], reversed: true };
      return { ...offsetWindow(page.number, 10), idsFirst: page.number > 1 };
    },
  },
} satisfies Variants<Pagination>;

/** One page of rows as shown, newest first, and where the pages around it start. */
export type Paged<T> = {
  rows: T[];
  page: number;
  pageSize: number;
  pageLinks: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  /** Where the page before and the page after start: the keyset cursors Previous and Next carry. */
  previousCursor: string | null;
  nextCursor: string | null;
};

/**
 * The page shown from the rows its window fetched: at most a page of them, newest first. The
 * extra row says whether there is a page further on in the window's direction; a page reached
 * through Previous has a page after it, and one reached through Next a page before it.
 */
export function pageOf<T extends Cursor>(variant: Pagination, page: PageQuery, fetched: T[]): Paged<T> {
  const { pageSize, pageLinks } = variant;
  const { reversed } = variant.window(page);
  const more = fetched.length > pageSize;
  const rows = reversed ? fetched.slice(0, pageSize).reverse() : fetched.slice(0, pageSize);
  const [first, last] = [rows[0], rows.at(-1)];
  return {
    rows,
    page: page.number,
    pageSize,
    pageLinks,
    hasPrevious: page.number > 1 && (reversed ? more : true),
    hasNext: reversed ? rows.length > 0 : more,
    previousCursor: first ? formatCursor(first) : null,
    nextCursor: last ? formatCursor(last) : null,
  };
}

function offsetWindow(page: number, pageSize: number): Omit<PageWindow, "idsFirst"> {
  return { where: {}, orderBy: [...NEWEST_FIRST], skip: (page - 1) * pageSize, take: pageSize + 1, reversed: false };
}

/**
 * The rows after the cursor, newest first: `publishedAt < t OR (publishedAt = t AND id < i)`,
 * written with its range first. A bare OR gives the database no range to seek to, so SQLite
 * walks the (publishedAt, id) index from the newest article down to the cursor, O(depth); the
 * leading `publishedAt <= t` starts the walk at the cursor, O(page).
 */
export function olderThan({ publishedAt, id }: Cursor): Prisma.ArticleWhereInput {
  return { publishedAt: { lte: publishedAt }, OR: [{ publishedAt: { lt: publishedAt } }, { id: { lt: id } }] };
}

/** The rows before the cursor, oldest first, with the same leading range. */
export function newerThan({ publishedAt, id }: Cursor): Prisma.ArticleWhereInput {
  return { publishedAt: { gte: publishedAt }, OR: [{ publishedAt: { gt: publishedAt } }, { id: { gt: id } }] };
}
