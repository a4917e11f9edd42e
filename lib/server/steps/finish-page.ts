import type { IncomingMessage, ServerResponse } from "node:http";
import { formatServerTiming } from "../../contract/server-timing";
import { databaseEndpoint } from "../../db/endpoint";
import { summarizeQueries } from "../../debug/report";
import { dataCacheFigures } from "../../data-cache/figures";
import type { Analysis } from "../../debug/analysis";
import type { RequestContext } from "../../request/context";
import type { FrontPlan } from "../front-plan";
import { PAGE_RETRY_AFTER_SECONDS } from "../http/respond";

/**
 * Sends a complete HTML page (see hold-page.ts): a 503 when the database could not serve it,
 * the status the page asked for, the page as static-html leaves it, what it cost in
 * Server-Timing (with the debug panel, how many findings its queries gave), and its ETag, or a
 * 304 when the browser's copy is the same page.
 */
export function finishPage(
  req: IncomingMessage,
  res: ServerResponse,
  context: RequestContext,
  plan: FrontPlan,
  held: { status: number; body: Buffer },
  analysis: Analysis | null,
): number {
  if (held.status >= 500 && context.databaseUnavailable) {
    console.error(`Database unavailable: ${context.databaseUnavailable}`);
    unavailable(res);
    return performance.now() - context.startedAt;
  }
  const status = held.status === 200 && context.status ? context.status : held.status;
  const raw = held.body.toString("utf8");
  const body = Buffer.from(isErrorShell(raw) ? raw : plan["static-html"].transform(raw));
  const totalMs = performance.now() - context.startedAt;
  const report = summarizeQueries(context.queries);
  res.setHeader(
    "Server-Timing",
    formatServerTiming({
      queries: report.count,
      duplicates: report.duplicateCount,
      findings: analysis ? analysis.findings.length : null,
      dbMs: report.durationMs,
      roundTrips: report.roundTrips,
      roundTripMs: report.roundTrips * databaseEndpoint().latencyMs,
      dataCache: dataCacheFigures(context.dataCache),
      totalMs,
      mode: context.modeLabel,
      requestId: context.debug ? context.id : null,
    }),
  );
  if (status === 200 && plan["cache-headers"].revalidate(req, res, body)) {
    notModified(res);
    return totalMs;
  }
  res.setHeader("Content-Length", body.length);
  res.writeHead(status);
  res.end(body);
  return totalMs;
}

/**
 * Whether Next.js sent the empty error shell it sends for an unexpected error, which only its
 * client scripts fill in: that one keeps its scripts.
 */
function isErrorShell(html: string): boolean {
  return html.includes('<html id="__next_error__"');
}

function unavailable(res: ServerResponse): void {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Service unavailable · fastblog</title></head><body style="font-family:system-ui;max-width:640px;margin:64px auto"><h1>503 Service unavailable</h1><p>The database is busy or cannot be opened. Try again in a few seconds.</p></body></html>`;
  res.setHeader("Retry-After", String(PAGE_RETRY_AFTER_SECONDS));
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.writeHead(503);
  res.end(body);
}

/** 304 Not Modified: no body, and so no Content-Type for the compression middleware to act on. */
function notModified(res: ServerResponse): void {
  res.removeHeader("Content-Length");
  res.removeHeader("Content-Type");
  const vary = String(res.getHeader("Vary") ?? "");
  if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  res.writeHead(304);
  res.end();
}
