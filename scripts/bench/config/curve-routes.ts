import type { Prisma } from "../../../lib/generated/prisma/client";

/**
 * The pages the scale curve measures at each scale: the home page, an author and a category,
 * each first and deep, the category index and an article. Slugs come from the deterministic
 * seed, whose scale-1 articles stay the newest at every scale.
 */
export type CurveRouteSpec = {
  name: string;
  path: string;
  /** The listing's articles, to find a deep page's cursor; null for a page that is not a listing. */
  listing: Prisma.ArticleWhereInput | null;
  /** The optimized page to measure, or the last full one when there are fewer; null for the first. */
  deepPage: number | null;
};

export const CURVE_ROUTES: readonly CurveRouteSpec[] = [
  { name: "home", path: "/", listing: {}, deepPage: null },
  { name: "home, page 2,000", path: "/", listing: {}, deepPage: 2000 },
  { name: "author", path: "/authors/ada-lovelace", listing: { author: { slug: "ada-lovelace" } }, deepPage: null },
  { name: "author, page 100", path: "/authors/ada-lovelace", listing: { author: { slug: "ada-lovelace" } }, deepPage: 100 },
  { name: "category", path: "/categories/databases", listing: { categories: { some: { slug: "databases" } } }, deepPage: null },
  { name: "category, page 100", path: "/categories/databases", listing: { categories: { some: { slug: "databases" } } }, deepPage: 100 },
  { name: "categories", path: "/categories", listing: null, deepPage: null },
  { name: "article", path: "/articles/a-practical-guide-to-brotli", listing: null, deepPage: null },
];

/** Articles a page shows in each mode (lib/techniques/pagination.ts). */
export const PAGE_SIZES = { naive: 50, optimized: 10 } as const;

/** A route grows "flat" when its optimized server time at any scale stays within this multiple of the first scale's. */
export const FLAT_LIMIT = 1.25;
