import { OPTIMIZED_TECHNIQUES } from "../../../lib/contract/mode";
import { pageHref } from "../../../lib/contract/urls/blog";
import type { CurveRoute } from "../types/artifacts";
import type { CurveRouteSpec } from "../types/settings";
import { readListing } from "./listing";

const TIMEOUT_MS = 60_000;

/**
 * Every technique of optimized but pagination: naive's pages of 50, without naive's cost (at scale, a naive
 * page loads whole tables, and its garbage would be timed in the pages measured after it).
 */
const NAIVE_PAGES = OPTIMIZED_TECHNIQUES.filter((t) => t !== "pagination").join(",");

/** Whether a listing's page `page`, typed, exists and is full: it shows as many articles as page 1. */
async function isFull(base: string, path: string, page: number, size: number): Promise<boolean> {
  const { status, cards } = await readListing(base, pageHref(path, page), "optimized", TIMEOUT_MS);
  return status === 200 && cards === size;
}

/** The optimized page `wanted`, or the last full page before it: pages are full up to some page, and missing after it. */
async function lastFullPage(base: string, path: string, size: number, wanted: number): Promise<number> {
  if (await isFull(base, path, wanted, size)) return wanted;
  let [full, notFull] = [1, wanted];
  while (notFull - full > 1) {
    const middle = Math.floor((full + notFull) / 2);
    if (await isFull(base, path, middle, size)) full = middle;
    else notFull = middle;
  }
  return full;
}

/** Where the Next link of the page before `page` leads: `page` with its cursor. */
async function cursorPath(base: string, path: string, page: number): Promise<string> {
  const next = (await readListing(base, pageHref(path, page - 1), "optimized", TIMEOUT_MS)).next;
  if (!next?.startsWith(`${pageHref(path, page)}&`))
    throw new Error(`Page ${page - 1} of ${path} has no Next link to page ${page} with a cursor (found ${next ?? "none"}).`);
  return next;
}

/**
 * A route's address in each mode on the server at `base`, found as a reader finds it. A deep
 * page is the optimized page `deep.page`, or the last full one when there are fewer (a last page
 * of 3 articles would make the small blog look fast), reached as its Next link reaches it (the
 * page before it, typed as `?page=`, links to it with its cursor) or typed as `?page=` alone.
 * Page sizes are the cards a page shows; naive, which has no cursor, measures its own page that
 * holds the same articles either way.
 */
export async function resolveRoute(base: string, spec: CurveRouteSpec): Promise<CurveRoute> {
  const first = { name: spec.name, reach: null, paths: { naive: spec.path, optimized: spec.path } };
  if (spec.deep === null) return first;
  const { reach } = spec.deep;
  const firstPage = await readListing(base, spec.path, "optimized", TIMEOUT_MS);
  if (firstPage.status !== 200) throw new Error(`${spec.path} answered ${firstPage.status}: the scale curve cannot list it.`);
  if (firstPage.next === null) return first;
  const size = firstPage.cards;
  const page = await lastFullPage(base, spec.path, size, spec.deep.page);
  if (page === 1) return { ...first, reach };
  const optimized = reach === "typed" ? pageHref(spec.path, page) : await cursorPath(base, spec.path, page);
  const naiveSize = (await readListing(base, spec.path, NAIVE_PAGES, TIMEOUT_MS)).cards;
  const naivePage = Math.floor(((page - 1) * size) / naiveSize) + 1;
  return { name: spec.name, reach, paths: { naive: pageHref(spec.path, naivePage), optimized } };
}
