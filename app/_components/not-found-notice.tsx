import type { ReactElement } from "react";
import { HOME_PATH } from "@/lib/contract/urls/blog";
import { setResponseStatus } from "@/lib/request/context";

/** What a reader sees for an unknown article, author, category or a page past the last. */
export function NotFoundNotice() {
  return (
    <div className="notice">
      <title>Not found · fastblog</title>
      <meta name="robots" content="noindex" />
      <h1>Not found</h1>
      <p>There is no such page on this blog: the article, author or category may not exist, or the page number is past the last page.</p>
      <p>
        <a href={HOME_PATH}>Back to the latest articles</a>
      </p>
    </div>
  );
}

/**
 * The answer of a page whose article, author, category or page number does not exist.
 *
 * Not `notFound()` from next/navigation on purpose: Next.js answers it with an empty error shell
 * that only its client scripts fill in (vercel/next.js#62228), so a reader without JavaScript,
 * a crawler, and optimized mode (which sends no framework script) would see a blank page. The
 * page renders the notice itself, inside the layout, and the front sends it as a 404.
 */
export function notFoundPage(): ReactElement {
  setResponseStatus(404);
  return <NotFoundNotice />;
}
