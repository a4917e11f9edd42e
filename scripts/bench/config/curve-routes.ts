import { articlePath, authorPath, CATEGORIES_PATH, categoryPath, HOME_PATH } from "../../../lib/contract/urls/blog";
import type { CurveRouteSpec } from "../types/settings";

const [AUTHOR, CATEGORY] = [authorPath("ada-lovelace"), categoryPath("databases")];

/**
 * The pages the scale curve measures at each scale: the home page, an author and a category,
 * each first and deep, the category index and an article. Slugs come from the deterministic
 * seed, whose scale-1 articles stay the newest at every scale.
 */
export const CURVE_ROUTES: readonly CurveRouteSpec[] = [
  { name: "home", path: HOME_PATH, deepPage: null },
  { name: "home, page 2,000", path: HOME_PATH, deepPage: 2000 },
  { name: "author", path: AUTHOR, deepPage: null },
  { name: "author, page 100", path: AUTHOR, deepPage: 100 },
  { name: "category", path: CATEGORY, deepPage: null },
  { name: "category, page 100", path: CATEGORY, deepPage: 100 },
  { name: "categories", path: CATEGORIES_PATH, deepPage: null },
  { name: "article", path: articlePath("a-practical-guide-to-brotli"), deepPage: null },
];

/** A route grows "flat" when its optimized server time at any scale stays within this multiple of the first scale's. */
export const FLAT_LIMIT = 1.25;
