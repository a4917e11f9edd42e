import type { Variant } from "./variant";

/**
 * Pagination, the change with the largest impact on the original site: fewer articles
 * per page means fewer queries, less HTML and fewer images.
 */
export const pagination = {
  /** The original: about 50 posts on one page, no Previous/Next links. */
  naive: { pageSize: 50, links: false },
  /** 10 posts a page, with Previous and Next. */
  optimized: { pageSize: 10, links: true },
} satisfies Record<Variant, { pageSize: number; links: boolean }>;

/** The rows to fetch for one page: one more than shown, to learn whether a next page exists without a COUNT. */
export function pageWindow(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize + 1 };
}
