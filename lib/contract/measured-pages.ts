import { articlePath, authorPath, CATEGORIES_PATH, categoryPath, HOME_PATH, pageHref } from "./urls/blog";

/**
 * The pages both modes must show alike. The e2e parity test and the benchmark read this list.
 * Slugs come from the deterministic seed.
 */
export const MEASURED_PAGES = [
  { name: "home", path: HOME_PATH },
  { name: "home, page 2", path: pageHref(HOME_PATH, 2) },
  { name: "article", path: articlePath("a-practical-guide-to-brotli") },
  { name: "author", path: authorPath("ada-lovelace") },
  { name: "categories", path: CATEGORIES_PATH },
  { name: "category", path: categoryPath("databases") },
] as const;

export type MeasuredPage = (typeof MEASURED_PAGES)[number];
