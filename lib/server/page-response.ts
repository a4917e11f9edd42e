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
  applyCachePolicy: (res: ServerResponse, kind: AssetKind) => void;
  htmlEtag: boolean;
  /** Rewrites a complete HTML page before it is sent. */
  transformHtml: (html: string) => string;
  /** Called once the page is complete, with the server time. */
  onPage: (totalMs: number) => void;
};

function serverTiming(context: RequestContext, modeLabel: string, totalMs: number): string {
  const report = summarizeQueries(context.queries);
  return [
    `db;dur=${report.durationMs.toFixed(2)};desc="${report.count} queries"`,
    `dup;desc="${report.duplicateCount}"`,
    `total;dur=${totalMs.toFixed(2)}`,
    `mode;desc="${modeLabel}"`,
    `req;desc="${context.id}"`,
  ].join(", ");
}

const RETRY_AFTER_SECONDS = 5;

function unavailable(res: ServerResponse, writeHead: (status: number) => ServerResponse, end: (chunk?: unknown) => ServerResponse): ServerResponse {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Service unavailable · fastblog</title></head><body style="font-family:system-ui;max-width:640px;margin:64px auto"><h1>503 Service unavailable</h1><p>The database is busy or cannot be opened. Try again in a few seconds.</p></body></html>`;
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.removeHeader("ETag");
  writeHead(503);
  return end(body);
}

function isHtml(res: ServerResponse): boolean {
  return String(res.getHeader("Content-Type") ?? "").startsWith("text/html");
}

function etagMatches(req: IncomingMessage, etag: string): boolean {
  const header = req.headers["if-none-match"];
  return typeof header === "string" && header.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
}

/**
 * Shapes what Next.js sends. Cache headers follow the mode. An HTML page is held until it is
 * complete, as the original Django site's pages were, so that its headers can say what it cost
 * (Server-Timing: queries, database and total time), carry an ETag, and a repeat view can be
 * answered 304 Not Modified.
 */
export function shapeResponse(req: IncomingMessage, res: ServerResponse, options: Options): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
  let held: { status: number; chunks: Buffer[] } | null = null;

  res.writeHead = ((status: number, ...args: unknown[]) => {
    const headers = args.find((a) => typeof a === "object" && a !== null) as OutgoingHttpHeaders | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value);
    const kind = options.kind === "other" && isHtml(res) ? "html" : options.kind;
    options.applyCachePolicy(res, kind);
    if (kind === "html" && req.method === "GET") {
      held = { status, chunks: [] };
      return res;
    }
    return writeHead(status);
  }) as typeof res.writeHead;

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && !held) res.writeHead(res.statusCode);
    if (!held) return write(chunk, ...rest);
    if (chunk !== undefined && chunk !== null) held.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!res.headersSent && !held) res.writeHead(res.statusCode);
    if (!held) return end(chunk, ...rest);
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") held.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    if (held.status >= 500 && options.context.databaseUnavailable) {
      // The page failed because the database is locked or missing: say so, and when to retry.
      console.error(`Database unavailable: ${options.context.databaseUnavailable}`);
      return unavailable(res, writeHead, end);
    }
    // Only complete pages: Next.js sends a page that called notFound() as an empty shell that
    // its scripts fill in, so error pages keep them.
    const raw = Buffer.concat(held.chunks);
    const body = held.status === 200 ? Buffer.from(options.transformHtml(raw.toString("utf8"))) : raw;
    const totalMs = performance.now() - options.context.startedAt;
    res.setHeader("Server-Timing", serverTiming(options.context, options.modeLabel, totalMs));
    options.onPage(totalMs);
    if (options.htmlEtag && held.status === 200) {
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      res.setHeader("ETag", etag);
      if (etagMatches(req, etag)) {
        res.removeHeader("Content-Length");
        writeHead(304);
        return end();
      }
    }
    res.setHeader("Content-Length", body.length);
    writeHead(held.status);
    return end(body);
  }) as typeof res.end;
}
