import { escapeHtml } from "../../util/html";
import type { ServerResponse } from "node:http";

/**
 * Seconds a page answered 503 asks the client to wait, whether the database was busy or the
 * server shed the page: the database's busy timeout, so one wait covers a lock that outlived it.
 */
export const PAGE_RETRY_AFTER_SECONDS = 5;

const TITLES: Record<number, string> = {
  400: "Bad request",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  412: "Precondition failed",
  413: "Too large",
  416: "Range not satisfiable",
  429: "Too many requests",
  500: "Server error",
  503: "Service unavailable",
};

/**
 * A short error page for answers the custom server gives before Next.js renders anything.
 * The message is ours, never the request's text echoed back.
 */
export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const title = TITLES[status] ?? "Error";
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title} · fastblog</title></head><body style="font-family:system-ui;max-width:640px;margin:64px auto"><h1>${status} ${title}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to the latest articles</a></p></body></html>`;
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(res.req.method === "HEAD" ? undefined : body);
}
