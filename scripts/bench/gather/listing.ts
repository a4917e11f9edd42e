import { ARTICLE_CARD_CLASS } from "../../../lib/contract/markup";
import { unescapeHtml } from "../../../lib/util/html";
import { modeUrl } from "./runs";

/** How many articles a listing page shows: its `<article>` cards (lib/contract/markup.ts). */
export function countCards(html: string): number {
  const cards = [...html.matchAll(/<article\b[^>]*\bclass="([^"]*)"/g)];
  return cards.filter((m) => m[1]!.split(/\s+/).includes(ARTICLE_CARD_CLASS)).length;
}

/** Where a page's Next link (`<a rel="next">`) leads, as a reader's browser would follow it; null when it has none. */
export function nextLink(html: string): string | null {
  for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
    if (!/\brel="next"/.test(tag)) continue;
    const href = /\bhref="([^"]*)"/.exec(tag)?.[1];
    return href === undefined ? null : unescapeHtml(href);
  }
  return null;
}

/** A listing page as a reader sees it: whether it exists, how many articles it shows, and where its Next link goes. */
export type ListingPage = { status: number; cards: number; next: string | null };

/** Fetches a page of a listing in `mode` (a mode or a technique list) and reads it as a reader would. */
export async function readListing(base: string, path: string, mode: string, timeoutMs: number): Promise<ListingPage> {
  const response = await fetch(modeUrl(base, path, mode), { signal: AbortSignal.timeout(timeoutMs) });
  const html = await response.text();
  return { status: response.status, cards: countCards(html), next: nextLink(html) };
}
