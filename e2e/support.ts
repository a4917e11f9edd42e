import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { MODE_COOKIE, parseServerTiming, type ServerTimingFigures } from "../lib/contract";

export type Mode = "naive" | "optimized";
export const MODES: Mode[] = ["naive", "optimized"];

/** The figures of a page's Server-Timing header, read with the server's own parser. */
export function serverTiming(response: APIResponse): ServerTimingFigures {
  const figures = parseServerTiming(response.headers()["server-timing"]);
  if (!figures) throw new Error(`${response.url()} has no Server-Timing figures.`);
  return figures;
}

/** GET a page in one mode, through the cookie, as a browser that chose the mode earlier would. */
export function getInMode(request: APIRequestContext, path: string, mode: Mode, headers: Record<string, string> = {}) {
  return request.get(path, { headers: { Cookie: `${MODE_COOKIE}=${mode}`, ...headers }, maxRedirects: 0 });
}

/** The titles of the articles listed in an HTML page, in order. */
export function listedTitles(html: string): string[] {
  return [...html.matchAll(/<article class="card">[\s\S]*?<h2><a href="[^"]*">([^<]*)<\/a><\/h2>/g)].map((m) => m[1]!);
}

/** An image the page loaded: the width of its file, and the width it is shown at, both in device pixels. */
export type LoadedImage = { src: string; fileWidth: number; shownWidth: number };

/**
 * Every image the page has loaded, with its file's own width. Not `naturalWidth`: for an image
 * chosen from a `w` srcset, the browser divides the file's width by its density against `sizes`,
 * so `naturalWidth` is the slot's width, whatever file came. The file is decoded again from the
 * browser's cache, without its srcset.
 */
export function loadedImages(page: Page): Promise<LoadedImage[]> {
  return page.evaluate(async () => {
    const loaded = [...document.images].filter((img) => img.complete && img.naturalWidth > 0);
    return Promise.all(
      loaded.map(async (img) => {
        const file = new Image();
        file.src = img.currentSrc;
        await file.decode();
        return { src: img.currentSrc, fileWidth: file.naturalWidth, shownWidth: img.getBoundingClientRect().width * devicePixelRatio };
      }),
    );
  });
}
