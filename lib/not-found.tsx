import "server-only";
import type { ReactElement } from "react";
import { NotFoundNotice } from "@/app/_components/not-found-notice";
import { setResponseStatus } from "./request-context";

/**
 * The answer of a page whose article, author, category or page number does not exist.
 *
 * Not `notFound()` from next/navigation on purpose: Next.js answers it with an empty error shell
 * that only its client scripts fill in (vercel/next.js#62228), so a reader without JavaScript,
 * a crawler, and optimized mode (which sends no framework script) would see a blank page. The
 * page renders the notice itself, inside the layout, and the custom server sends it as a 404.
 */
export function notFoundPage(): ReactElement {
  setResponseStatus(404);
  return <NotFoundNotice />;
}
