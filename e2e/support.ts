import path from "node:path";
import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { parseServerTiming, type ServerTimingFigures } from "../lib/contract/server-timing";
import { MODE_COOKIE } from "../lib/contract/mode";
import { requestDetailUrl } from "../lib/contract/urls/debug";
import type { RequestDetail } from "../lib/contract/debug-detail";
import { bumpGenerationFile, GENERATION_FILE_NAME } from "../lib/data-cache/generation";

export type Mode = "naive" | "optimized" | "cached";
/** The two modes of the original speed-up, which most specs compare; cached adds a data cache to optimized. */
export const MODES: Mode[] = ["naive", "optimized"];

/**
 * Makes every page's data cold for cached mode, as `npm run db:seed` does: a new generation in
 * the test server's media folder (scripts/test-server.ts), so that the next cached page misses.
 */
export function coldDataCache(): void {
  bumpGenerationFile(path.resolve(".e2e", "media", GENERATION_FILE_NAME));
}

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

/** One recent request's detail, as the debug panel fetches it. */
export async function requestDetail(request: APIRequestContext, response: APIResponse, base = ""): Promise<RequestDetail> {
  const detail = await request.get(`${base}${requestDetailUrl(debugId(serverTiming(response)))}`);
  if (!detail.ok()) throw new Error(`The debug detail of ${response.url()} answered ${detail.status()}.`);
  return (await detail.json()) as RequestDetail;
}

/**
 * Fails the test on any finding the debug panel has for the page's queries, naming each with its
 * line and its fix, as nplusone's raise mode and Bullet's `Bullet.raise` do.
 */
export async function expectNoFindings(request: APIRequestContext, response: APIResponse, base = ""): Promise<void> {
  const { findings } = await requestDetail(request, response, base);
  const named = findings.map((f) => `${f.kind} ×${f.count} at ${f.callSite ?? "?"}: ${f.suggestion}`);
  expect(named, `findings on ${response.url()}`).toEqual([]);
}

/** The request id a page's Server-Timing gives its debug history; throws when it gives none (a client the allow list leaves out). */
export function debugId(figures: ServerTimingFigures | null): string {
  if (!figures?.requestId)
    throw new Error("The page's Server-Timing has no request id: is the debug panel on, and this client in DEBUG_PANEL_ALLOW?");
  return figures.requestId;
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
