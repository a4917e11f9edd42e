import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { formatMode, has, MODE_HEADER, URL_HEADER, type Mode } from "../mode";
import { parsePageParam } from "../page-param";
import { runWithRequestContext, type RequestContext } from "../request-context";
import { cacheHeaders, type AssetKind } from "../techniques/cache-headers";
import { clientJs } from "../techniques/client-js";
import { responseCompression } from "../techniques/compression";
import { variantOf } from "../techniques/variant";
import { servePrecompressedAsset } from "./build-assets";
import { DebugHistory } from "./debug-history";
import { CLEAR_MODE_COOKIE, selectMode } from "./mode-selection";
import { shapeResponse } from "./page-response";
import { sendError, sendJson } from "./respond";
import { applySecurityHeaders } from "./security-headers";

type Handle = (req: IncomingMessage, res: ServerResponse, url: URL, mode: Mode) => Promise<void> | void;

export type Routes = {
  /** Next.js's own request handler: pages and build assets. */
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Uploaded originals under /media/. */
  original?: Handle;
  /** Thumbnails under /thumbs/. */
  thumbnail?: Handle;
  debugPanel: boolean;
};

/**
 * Request headers only the server itself may set, and those of Next.js's client-side router:
 * fastblog's pages navigate with plain links, and a forged router state answers 500 inside Next.js.
 */
const INTERNAL_HEADERS = [
  MODE_HEADER,
  URL_HEADER,
  "x-middleware-subrequest",
  "x-middleware-prefetch",
  "x-invoke-path",
  "x-invoke-query",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
];

function kindOf(pathname: string): AssetKind | "debug" {
  if (pathname.startsWith("/__debug/")) return "debug";
  if (pathname.startsWith("/_next/static/")) return "build-asset";
  if (pathname.startsWith("/thumbs/")) return "thumbnail";
  if (pathname.startsWith("/media/")) return "original";
  return "other";
}

/**
 * The request's path and query. The absolute form (`GET http://host/path`), which HTTP/1.1
 * servers must accept, is reduced to its path, so that nothing downstream sees a foreign host.
 * Null for any other target (`*`, `//host/…`) or bad percent-encoding.
 */
function parseTarget(raw: string | undefined): URL | null {
  try {
    if (raw && /^https?:\/\//i.test(raw)) {
      const absolute = new URL(raw);
      raw = `${absolute.pathname}${absolute.search}`;
    }
    if (!raw?.startsWith("/") || raw.startsWith("//")) return null;
    const url = new URL(raw, "http://localhost");
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}

/**
 * The front of the server: validates what Next.js cannot answer with a 400, picks the mode,
 * applies the mode's compression and cache headers, and measures each page.
 */
export function createHandler(routes: Routes) {
  const history = new DebugHistory();
  // The panel's query list, fetched when it is opened; compressed like any JSON of the mode.
  const debugDetail = (res: ServerResponse, url: URL) => {
    const id = /^\/__debug\/requests\/([a-f0-9]{16})$/.exec(url.pathname)?.[1];
    const detail = routes.debugPanel && id ? history.get(id) : undefined;
    return detail ? sendJson(res, 200, detail) : sendError(res, 404, "No such request in the recent history.");
  };
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    applySecurityHeaders(res);
    if (req.method !== "GET" && req.method !== "HEAD") {
      return sendError(res, 405, "Only GET and HEAD are supported on this blog.", { Allow: "GET, HEAD" });
    }
    const url = parseTarget(req.url);
    if (!url) return sendError(res, 400, "The address is not valid: it must be a path, with valid percent-encoding.");
    if (!req.url!.startsWith("/")) req.url = `${url.pathname}${url.search}`;
    const selection = selectMode(url.searchParams, req.headers.cookie);
    if (!selection.ok) {
      return sendError(res, 400, selection.error, selection.clearCookie ? { "Set-Cookie": CLEAR_MODE_COOKIE } : {});
    }
    const { mode } = selection;
    const kind = kindOf(url.pathname);
    if (kind === "other") {
      const page = parsePageParam(url.searchParams.getAll("page"));
      if (!page.ok) return sendError(res, page.status, page.error);
    }
    // Next.js renders no body for HEAD, so a page's length and ETag could not be known: render
    // it as for GET. Node sends no body for a HEAD request whatever is written.
    if (kind === "other" && req.method === "HEAD") req.method = "GET";
    for (const name of INTERNAL_HEADERS) delete req.headers[name];
    req.headers[MODE_HEADER] = formatMode(mode);
    req.headers[URL_HEADER] = `${url.pathname}${url.search}`;
    if (selection.setCookie) res.setHeader("Set-Cookie", selection.setCookie);

    const context: RequestContext = { id: randomBytes(8).toString("hex"), startedAt, queries: [] };
    const policy = cacheHeaders[variantOf(mode, "cache-headers")];
    responseCompression[variantOf(mode, "compression")](req, res, () => {
      shapeResponse(req, res, {
        context,
        modeLabel: formatMode(mode),
        kind: kind === "debug" ? "other" : kind,
        applyCachePolicy: policy.apply,
        htmlEtag: policy.htmlEtag,
        transformHtml: clientJs[variantOf(mode, "static-html")],
        onPage: (totalMs) => {
          if (routes.debugPanel) history.add(context, formatMode(mode), totalMs);
        },
      });
    });
    await runWithRequestContext(context, async () => {
      if (kind === "debug") return debugDetail(res, url);
      if (kind === "build-asset" && has(mode, "compression") && (await servePrecompressedAsset(req, res, url))) return;
      if (kind === "original" && routes.original) return routes.original(req, res, url, mode);
      if (kind === "thumbnail" && routes.thumbnail) return routes.thumbnail(req, res, url, mode);
      return routes.next(req, res);
    });
  };
}
