import { unescapeHtml } from "../../lib/util/html";

/**
 * The files a browser fetches for a page, read from its HTML as the browser's preload scanner
 * reads it: stylesheets, preloads and module preloads, scripts with a `src`, and images, each
 * once. An image with a `srcset` is the one candidate a browser picks for its slot at the
 * viewport's width (`sizes`, or the `x` density); Open Graph images, icons and other origins are
 * not fetched. Every image counts, lazy ones too: on a 1366 × 768 screen the listings' images
 * sit within the distance at which Chrome starts loading lazy images.
 */
export type Viewport = { width: number; devicePixelRatio: number };

/** A desktop browser, as the end-to-end tests and the benchmark run Chromium. */
export const DESKTOP: Viewport = { width: 1366, devicePixelRatio: 1 };

type Attributes = Record<string, string>;

const TAG = /<(link|script|img)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(text: string): Attributes {
  const attributes: Attributes = {};
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE))
    attributes[name!.toLowerCase()] = unescapeHtml(double ?? single ?? bare ?? "");
  return attributes;
}

const FETCHED_LINKS = new Set(["stylesheet", "preload", "modulepreload"]);

/** The URL a tag makes the browser fetch, unresolved; null when it makes it fetch none. */
function assetOf(tag: string, a: Attributes, viewport: Viewport): string | null {
  if (tag === "script") return a.src || null;
  if (tag === "img") return pickImage(a.srcset, a.sizes, a.src, viewport);
  const rels = (a.rel ?? "").toLowerCase().split(/\s+/);
  if (!rels.some((rel) => FETCHED_LINKS.has(rel))) return null;
  if (a.as === "image" && a.imagesrcset) return pickImage(a.imagesrcset, a.imagesizes, a.href, viewport);
  return a.href || null;
}

/** The same-origin files the page at `pageUrl` makes a browser fetch, each once, in document order. */
export function extractAssets(html: string, pageUrl: string, viewport: Viewport = DESKTOP): string[] {
  const origin = new URL(pageUrl).origin;
  const urls = new Set<string>();
  for (const [, tag, attributes] of html.matchAll(TAG)) {
    const asset = assetOf(tag!.toLowerCase(), attributesOf(attributes!), viewport);
    if (!asset || asset.startsWith("data:")) continue;
    const url = new URL(asset, pageUrl);
    if (url.origin === origin) urls.add(url.href);
  }
  return [...urls];
}

type Candidate = { url: string; w?: number; x?: number };

function candidates(srcset: string): Candidate[] {
  return srcset
    .split(/,\s+/)
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => url)
    .map(([url, descriptor = "1x"]) => {
      const value = Number.parseFloat(descriptor);
      return descriptor.endsWith("w") ? { url: url!, w: value } : { url: url!, x: value };
    });
}

/**
 * The candidate of a `srcset` a browser picks (HTML's "select an image source", as Chrome does
 * it): with `w` descriptors the narrowest at least as wide as the slot (`sizes` at this
 * viewport) times the pixel ratio, else the widest; with `x` the lowest density at least the
 * pixel ratio, else the highest. No `srcset`: the `src`.
 */
export function pickImage(
  srcset: string | undefined,
  sizes: string | undefined,
  src: string | undefined,
  viewport: Viewport,
): string | null {
  const list = srcset ? candidates(srcset) : [];
  if (list.length === 0) return src || null;
  const widths = list.filter((c) => c.w !== undefined);
  if (widths.length > 0) {
    const need = slotWidth(sizes, viewport) * viewport.devicePixelRatio;
    const sorted = widths.sort((a, b) => a.w! - b.w!);
    return (sorted.find((c) => c.w! >= need) ?? sorted.at(-1)!).url;
  }
  const sorted = list.sort((a, b) => a.x! - b.x!);
  return (sorted.find((c) => c.x! >= viewport.devicePixelRatio) ?? sorted.at(-1)!).url;
}

/** The width `sizes` gives an image at this viewport: the first entry whose media condition holds; 100vw without `sizes`. */
export function slotWidth(sizes: string | undefined, viewport: Viewport): number {
  for (const entry of (sizes ?? "100vw").split(/,(?![^(]*\))/)) {
    const match = /^\s*(\((?:min|max)-width:\s*[\d.]+px\))?\s*(.+?)\s*$/.exec(entry);
    if (!match) continue;
    const [, condition, length] = match;
    if (condition && !mediaHolds(condition, viewport)) continue;
    const width = cssLength(length!, viewport);
    if (width !== null) return width;
  }
  return viewport.width;
}

function mediaHolds(condition: string, { width }: Viewport): boolean {
  const [, kind, value] = /\((min|max)-width:\s*([\d.]+)px\)/.exec(condition)!;
  return kind === "min" ? width >= Number(value) : width <= Number(value);
}

/** `240px`, `50vw`, or `calc(100vw - 32px)` in CSS pixels; null for anything else. */
function cssLength(text: string, { width }: Viewport): number | null {
  const term = (t: string) => {
    const m = /^([\d.]+)(px|vw)$/.exec(t.trim());
    return m ? (m[2] === "px" ? Number(m[1]) : (Number(m[1]) * width) / 100) : null;
  };
  const calc = /^calc\((.+?)\s+([+-])\s+(.+)\)$/.exec(text.trim());
  if (!calc) return term(text);
  const [a, b] = [term(calc[1]!), term(calc[3]!)];
  return a === null || b === null ? null : calc[2] === "+" ? a + b : a - b;
}
