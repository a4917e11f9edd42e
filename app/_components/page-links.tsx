import type { ArticlePage } from "@/lib/types";

function pageHref(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}?page=${page}`;
}

/** Previous and Next, as on the original site after its fix. */
export function PageLinks({ page, basePath }: { page: ArticlePage; basePath: string }) {
  return (
    <nav className="page-links" aria-label="Pagination">
      {page.hasPrevious ? (
        <a rel="prev" href={pageHref(basePath, page.page - 1)}>
          ← Previous
        </a>
      ) : (
        <span />
      )}
      <span className="page-number">Page {page.page}</span>
      {page.hasNext ? (
        <a rel="next" href={pageHref(basePath, page.page + 1)}>
          Next →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
