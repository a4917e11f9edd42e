/**
 * The id of the one script optimized pages keep, the debug panel's: the static-html technique
 * removes every other script from the HTML (lib/techniques/static-html.ts), and the tests look for it.
 */
export const KEPT_SCRIPT_ID = "fastblog-debug-panel";

/**
 * The class of each article a listing shows (app/_components/article-card.tsx): the benchmark
 * counts a page's articles by it, as the tests find them.
 */
export const ARTICLE_CARD_CLASS = "card";
