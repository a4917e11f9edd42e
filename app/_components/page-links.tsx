import { pageHref } from "@/lib/contract/urls/blog";
import type { ArticlePage } from "@/lib/model/views";

/** Previous and Next, as on the original site after its fix. */
export function PageLinks({ page, basePath }: { page: ArticlePage; basePath: string }) {
  return (
    <nav className="page-links" aria-label="Pagination">
      {page.hasPrevious ? (
        <a rel="prev" href={pageHref(basePath, page.page - 1, { name: "before", value: page.previousCursor })}>
          ← Previous
        </a>
      ) : (
        <span />
      )}
      <span className="page-number">Page {page.page}</span>
      {page.hasNext ? (
        <a rel="next" href={pageHref(basePath, page.page + 1, { name: "after", value: page.nextCursor })}>
          Next →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
