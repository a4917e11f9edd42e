import type { APIRequestContext, APIResponse } from "@playwright/test";
import { parseServerTiming, type ServerTimingFigures } from "../lib/contract/server-timing";
import { MODE_COOKIE } from "../lib/contract/mode";

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
