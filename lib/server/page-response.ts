import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { summarizeQueries } from "../query-report";
import type { RequestContext } from "../request-context";
import type { AssetKind } from "../techniques/cache-headers";

type Options = {
  context: RequestContext;
  modeLabel: string;
  kind: AssetKind;
  /** Sets or strips cache headers just before they are sent. */
  applyCachePolicy: (res: ServerResponse, kind: AssetKind, status: number) => void;
  htmlEtag: boolean;
  /** Rewrites a complete HTML page before it is sent. */
  transformHtml: (html: string) => string;
  /** Called once the page is complete, with the server time. */
  onPage: (totalMs: number) => void;
};

type Send = {
  writeHead: (status: number) => ServerResponse;
  end: (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
};

function serverTiming(context: RequestContext, modeLabel: string, totalMs: number): string {
  const report = summarizeQueries(context.queries);
  return [
    `db;dur=${report.durationMs.toFixed(2)};desc="${report.count} ${report.count === 1 ? "query" : "queries"}"`,
    `dup;desc="${report.duplicateCount}"`,
    `total;dur=${totalMs.toFixed(2)}`,
    `mode;desc="${modeLabel}"`,
    `req;desc="${context.id}"`,
  ].join(", ");
}

const RETRY_AFTER_SECONDS = 5;

function unavailable(res: ServerResponse, send: Send): ServerResponse {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Service unavailable · fastblog</title></head><body style="font-family:system-ui;max-width:640px;margin:64px auto"><h1>503 Service unavailable</h1><p>The database is busy or cannot be opened. Try again in a few seconds.</p></body></html>`;
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.removeHeader("ETag");
  send.writeHead(503);
  return send.end(body);
}

function isHtml(res: ServerResponse): boolean {
  return String(res.getHeader("Content-Type") ?? "").startsWith("text/html");
}

/**
 * Whether Next.js sent a complete page, or the empty error shell it sends for an unexpected
 * error, which only its client scripts fill in: that one keeps its scripts.
 */
function isErrorShell(html: string): boolean {
  return html.includes('<html id="__next_error__"');
}

/** Weak comparison (RFC 9110, 8.8.3.2): the same page compressed otherwise is still the same page. */
function etagMatches(req: IncomingMessage, etag: string): boolean {
  const header = req.headers["if-none-match"];
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return typeof header === "string" && header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** 304 Not Modified: no body, and so no Content-Type for the compression middleware to act on. */
function notModified(res: ServerResponse, send: Send): ServerResponse {
  res.removeHeader("Content-Length");
  res.removeHeader("Content-Type");
  const vary = String(res.getHeader("Vary") ?? "");
  if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  send.writeHead(304);
  return send.end();
}

/** Sends a held page: its status, what it cost, its ETag, and the body or a 304. */
function sendPage(req: IncomingMessage, res: ServerResponse, options: Options, send: Send, held: { status: number; chunks: Buffer[] }): ServerResponse {
  const { context } = options;
  if (held.status >= 500 && context.databaseUnavailable) {
    console.error(`Database unavailable: ${context.databaseUnavailable}`);
    return unavailable(res, send);
  }
  const status = held.status === 200 && context.status ? context.status : held.status;
  const raw = Buffer.concat(held.chunks).toString("utf8");
  const body = Buffer.from(isErrorShell(raw) ? raw : options.transformHtml(raw));
  const totalMs = performance.now() - context.startedAt;
  res.setHeader("Server-Timing", serverTiming(context, options.modeLabel, totalMs));
  options.onPage(totalMs);
  options.applyCachePolicy(res, "html", status);
  if (options.htmlEtag && status === 200) {
    const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    res.setHeader("ETag", etag);
    if (etagMatches(req, etag)) return notModified(res, send);
  }
  res.setHeader("Content-Length", body.length);
  send.writeHead(status);
  return send.end(body);
}

/**
 * Shapes what Next.js sends. Cache headers follow the mode. An HTML page is held until it is
 * complete, as the original Django site's pages were, so that its headers can say what it cost
 * (Server-Timing: queries, database and total time), carry an ETag, and a repeat view can be
 * answered 304 Not Modified.
 */
export function shapeResponse(req: IncomingMessage, res: ServerResponse, options: Options): void {
  const send: Send = {
    writeHead: res.writeHead.bind(res) as Send["writeHead"],
    end: res.end.bind(res) as Send["end"],
  };
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  let held: { status: number; chunks: Buffer[] } | null = null;
  const hold = (chunk: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") held!.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  };

  res.writeHead = ((status: number, ...args: unknown[]) => {
    const headers = args.find((a) => typeof a === "object" && a !== null) as OutgoingHttpHeaders | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value);
    if (options.kind === "other" && isHtml(res)) {
      held = { status, chunks: [] };
      return res;
    }
    options.applyCachePolicy(res, options.kind, status);
    return send.writeHead(status);
  }) as typeof res.writeHead;

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && !held) res.writeHead(res.statusCode);
    if (!held) return write(chunk, ...rest);
    hold(chunk);
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && !held) res.writeHead(res.statusCode);
    if (!held) return send.end(chunk, ...rest);
    hold(chunk);
    return sendPage(req, res, options, send, held);
  }) as typeof res.end;
}
