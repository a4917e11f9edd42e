import type { Variants } from "../plan";

/**
 * pagination: how many articles a listing shows, the change with the largest impact on the
 * original site: fewer articles per page means fewer queries, less HTML and fewer images.
 * Acts in lib/data/articles.ts (the rows a page fetches) and, through `ArticlePage.pageLinks`,
 * in app/_components/page-links.tsx (Previous and Next).
 */
export type Pagination = {
  pageSize: number;
  /** Whether the listing shows Previous and Next links. */
  pageLinks: boolean;
};

export const pagination = {
  /** The original: about 50 posts on one page, no Previous/Next links. */
  naive: { pageSize: 50, pageLinks: false },
  /** 10 posts a page, with Previous and Next. */
  optimized: { pageSize: 10, pageLinks: true },
} satisfies Variants<Pagination>;

/** The rows to fetch for one page: one more than shown, to learn whether a next page exists without a COUNT. */
export function pageWindow(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize + 1 };
}
