import type { APIRequestContext, APIResponse } from "@playwright/test";

export type Mode = "naive" | "optimized";
export const MODES: Mode[] = ["naive", "optimized"];

/** The figures of a page's Server-Timing header. */
export function serverTiming(response: APIResponse) {
  const header = response.headers()["server-timing"] ?? "";
  const metric = (name: string) => new RegExp(`(?:^|, )${name};([^,]*)`).exec(header)?.[1] ?? "";
  const desc = (name: string) => /desc="([^"]*)"/.exec(metric(name))?.[1] ?? "";
  const dur = (name: string) => Number(/dur=([0-9.]+)/.exec(metric(name))?.[1] ?? NaN);
  return {
    queries: Number.parseInt(desc("db"), 10),
    duplicates: Number(desc("dup")),
    dbMs: dur("db"),
    totalMs: dur("total"),
    mode: desc("mode"),
    requestId: desc("req"),
  };
}

/** GET a page in one mode, through the cookie, as a browser that chose the mode earlier would. */
export function getInMode(request: APIRequestContext, path: string, mode: Mode, headers: Record<string, string> = {}) {
  return request.get(path, { headers: { Cookie: `fastblog-mode=${mode}`, ...headers }, maxRedirects: 0 });
}

/** The titles of the articles listed in an HTML page, in order. */
export function listedTitles(html: string): string[] {
  return [...html.matchAll(/<article class="card">[\s\S]*?<h2><a href="[^"]*">([^<]*)<\/a><\/h2>/g)].map((m) => m[1]!);
}
