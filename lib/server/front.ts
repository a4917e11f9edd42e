import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import onHeaders from "on-headers";
import { formatMode } from "../mode";
import { planFor } from "../plan";
import { runWithRequestContext, type RequestContext } from "../request-context";
import type { AssetKind } from "../techniques/cache-headers";
import { DebugHistory } from "./debug-history";
import { resolveFrontPlan, type FrontPlan } from "./front-plan";
import { sendError } from "./respond";
import { serveDebugDetail } from "./routes/debug";
import { serveOriginal } from "./routes/originals";
import { serveThumbnail } from "./routes/thumbnails";
import { applySecurityHeaders } from "./security-headers";
import { finishPage } from "./steps/finish-page";
import { holdPage } from "./steps/hold-page";
import { CLEAR_MODE_COOKIE, selectMode } from "./steps/pick-plan";
import { validateTarget, type Kind } from "./steps/validate-target";

/** Next.js's own request handler: pages, and the build assets the front does not serve itself. */
type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Request headers only the server itself may set, and those of Next.js's client-side router:
 * fastblog's pages navigate with plain links, and a forged router state answers 500 inside Next.js.
 */
const INTERNAL_HEADERS = [
  "x-fastblog-mode",
  "x-fastblog-url",
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

/**
 * The front of the server. Every request takes these steps, in this order:
 *  1. validate the target  steps/validate-target.ts  4xx for what Next.js cannot refuse itself
 *  2. pick the plan        steps/pick-plan.ts        the mode, once, into the request's plan
 *  3. compress             techniques/compression    installed first: it wraps everything written after it
 *  4. cache headers        techniques/cache-headers  an on-headers hook, run as the headers go out
 *  5. hold the page        steps/hold-page.ts        installed last: Next.js writes into it first, and it
 *                                                    sends the finished page out through 4 and 3
 *  6. route                routes/, Next.js          inside the request's context, where queries are recorded
 *  7. finish and time it   steps/finish-page.ts      Server-Timing, ETag, the debug history, once the page is complete
 * The order of 3, 4 and 5 matters: each wraps the response as the ones before left it.
 */
export function createFront({ next, debugPanel }: { next: NextHandler; debugPanel: boolean }) {
  const history = debugPanel ? new DebugHistory() : null;
  return async function front(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = performance.now();
    applySecurityHeaders(res);
    const target = validateTarget(req);
    if (!target.ok) return sendError(res, target.status, target.message, target.headers);
    const picked = selectMode(target.url.searchParams, req.headers.cookie);
    if (!picked.ok) return sendError(res, 400, picked.error, picked.clearCookie ? { "Set-Cookie": CLEAR_MODE_COOKIE } : {});
    if (picked.setCookie) res.setHeader("Set-Cookie", picked.setCookie);

    const { url, kind } = target;
    const plan = planFor(picked.mode);
    const techniques = resolveFrontPlan(plan);
    const path = `${url.pathname}${url.search}`;
    const context: RequestContext = { id: randomBytes(8).toString("hex"), startedAt, plan, modeLabel: formatMode(picked.mode), path, page: target.page, queries: [] };
    prepareForNext(req, path, kind);

    techniques.compression.middleware(req, res, () => undefined);
    let page: { readonly held: boolean } | null = null;
    onHeaders(res, () => techniques["cache-headers"].apply(res, assetKind(kind, page?.held ?? false), res.statusCode));
    if (kind === "page") {
      page = holdPage(res, (status, body) => {
        const totalMs = finishPage(req, res, context, techniques, { status, body });
        history?.add(context, totalMs);
      });
    }
    await runWithRequestContext(context, () => route(req, res, url, kind, techniques, next, history));
  };
}

function route(req: IncomingMessage, res: ServerResponse, url: URL, kind: Kind, techniques: FrontPlan, next: NextHandler, history: DebugHistory | null) {
  switch (kind) {
    case "debug":
      return serveDebugDetail(res, url, history);
    case "original":
      return serveOriginal(req, res, url);
    case "thumbnail":
      return serveThumbnail(req, res, url);
    case "build-asset":
      return techniques.compression.serveBuildAsset(req, res, url).then((served) => (served ? undefined : next(req, res)));
    case "page":
      return next(req, res);
  }
}

/**
 * What Next.js sees of the request: the target as a path, none of the internal headers, and for
 * a page HEAD rendered as GET, so that its length and ETag are known (Node sends no body for HEAD
 * whatever is written).
 */
function prepareForNext(req: IncomingMessage, path: string, kind: Kind): void {
  if (!req.url!.startsWith("/")) req.url = path;
  if (kind === "page" && req.method === "HEAD") req.method = "GET";
  for (const name of INTERNAL_HEADERS) delete req.headers[name];
}

/** A page is "html" once it is held as one; anything else Next.js answers on a page's path is "other". */
function assetKind(kind: Kind, held: boolean): AssetKind {
  if (kind === "page") return held ? "html" : "other";
  return kind === "debug" ? "other" : kind;
}
