import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { parseServerTiming, type ServerTimingFigures } from "../lib/contract/server-timing";
import { MODE_COOKIE } from "../lib/contract/mode";
import { requestDetailUrl } from "../lib/contract/urls/debug";
import type { RequestDetail } from "../lib/debug/history";

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
