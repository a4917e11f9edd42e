import { articlePath, authorPath, CATEGORIES_PATH, categoryPath, HOME_PATH } from "../../../lib/contract/urls/blog";
import type { CurveRouteSpec } from "../types/settings";

/** A listing's first page, and its page `page` reached by cursor and typed. */
function listing(name: string, path: string, page: number): CurveRouteSpec[] {
  const deep = `${name}, page ${page.toLocaleString("en")}`;
  return [
    { name, path, deep: null },
    { name: `${deep} (cursor)`, path, deep: { page, reach: "cursor" } },
    { name: `${deep} (typed)`, path, deep: { page, reach: "typed" } },
  ];
}

/**
 * The pages the scale curve measures at each scale: the home page, an author and a category,
 * each first and deep, the deep page once by its Next link's cursor and once typed as ?page=N,
 * then the category index and an article. Slugs come from the deterministic seed, whose scale-1
 * articles stay the newest at every scale.
 */
export const CURVE_ROUTES: readonly CurveRouteSpec[] = [
  ...listing("home", HOME_PATH, 2000),
  ...listing("author", authorPath("ada-lovelace"), 100),
  ...listing("category", categoryPath("databases"), 100),
  { name: "categories", path: CATEGORIES_PATH, deep: null },
  { name: "article", path: articlePath("a-practical-guide-to-brotli"), deep: null },
];

/** A route grows "flat" when its optimized server time at any scale stays within this multiple of the first scale's. */
export const FLAT_LIMIT = 1.25;
