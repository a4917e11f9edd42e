import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import onHeaders from "on-headers";
import { formatMode } from "../contract/mode";
import { planFor } from "../model/plan";
import { runWithRequestContext, type RequestContext } from "../request/context";
import { debugPanelAllowList, findingThresholds, instanceName, pageDeadlineMs, pageShedding, setting } from "../settings";
import { formatRequestId, INSTANCE_HEADER } from "../contract/instance";
import { compression } from "../techniques/compression";
import type { AssetKind } from "../techniques/cache-headers";
import { analyzeQueries } from "../debug/analysis";
import { inCidrs } from "../util/cidr";
import { serveDebugDetail, type DebugAccess } from "../debug/handler";
import { DebugHistory } from "../debug/history";
import { PerClientRate } from "../debug/rate-limit";
import { resolveFrontPlan, type FrontPlan } from "./front-plan";
import { PageGate, type SheddingLimits } from "./load-shedding";
import { sendError } from "./http/respond";
import { serveOriginal } from "./handlers/originals";
import { serveBuildAsset } from "./handlers/build-assets";
import { servePublicFile } from "./handlers/public-files";
import { serveThumbnail } from "./handlers/thumbnails";
import { applySecurityHeaders } from "../contract/security-headers";
import { admitPage } from "./steps/admit-page";
import { clientOf } from "./client";
import { finishPage } from "./steps/finish-page";
import { holdPage, type HeldPage } from "./steps/hold-page";
import { pageDeadline } from "./steps/page-deadline";
import { CLEAR_MODE_COOKIE, selectMode } from "./steps/select-mode";
import { prepareForNext } from "./steps/prepare-for-next";
import { validateTarget, type Kind } from "./steps/validate-target";

/** Next.js's own request handler: pages, and the build assets the front does not serve itself. */
type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The signal of a request whose client is never said to leave (a test calling the front directly). */
const PRESENT = new AbortController().signal;

/**
 * The front of the server. Every request takes these steps, in this order:
 *  1. validate the target  steps/validate-target.ts  4xx for what Next.js cannot refuse itself
 *  2. select the mode      steps/select-mode.ts      the mode, once, made into the request's plan
 *  3. admit a page         steps/admit-page.ts       pages wait for their client's turn to render, or get 503 (load-shedding.ts)
 *  4. compress             techniques/compression    installed first: it wraps everything written after it
 *  5. cache headers        techniques/cache-headers  an on-headers hook, run as the headers go out
 *  6. hold the page        steps/hold-page.ts        installed last: Next.js writes into it first, and it
 *                                                    sends the finished page out through 5 and 4; a page
 *                                                    past its deadline is answered 503 instead (steps/page-deadline.ts)
 *  7. dispatch             handlers/, Next.js        inside the request's context, where queries are recorded
 *  8. finish and time it   steps/finish-page.ts      Server-Timing, ETag, the debug history, once the page is complete
 * The order of 4, 5 and 6 matters: each wraps the response as the ones before left it. `signal`
 * says when the client has gone (./connection-guard.ts): a page then stops at its next query, as
 * it does once its deadline has passed.
 */
export function createFront({
  next,
  debugPanel,
  shedding = pageShedding(),
  deadlineMs = pageDeadlineMs(),
}: {
  next: NextHandler;
  debugPanel: boolean;
  shedding?: SheddingLimits;
  deadlineMs?: number;
}) {
  const history = debugPanel ? new DebugHistory() : null;
  const explains = new PerClientRate(() => setting("DEBUG_EXPLAIN_PER_MINUTE"));
  const pages = new PageGate(shedding);
  // Behind a load balancer, every answer names the instance that made it (lib/contract/instance.ts).
  const instance = instanceName();
  return async function front(req: IncomingMessage, res: ServerResponse, signal: AbortSignal = PRESENT): Promise<void> {
    const startedAt = performance.now();
    applySecurityHeaders(res);
    if (instance) res.setHeader(INSTANCE_HEADER, instance);
    const target = validateTarget(req);
    if (!target.ok) return sendError(res, target.status, target.message, target.headers);
    const picked = selectMode(target.url.searchParams, req.headers.cookie);
    if (!picked.ok) return sendError(res, 400, picked.error, picked.clearCookie ? { "Set-Cookie": CLEAR_MODE_COOKIE } : {});
    if (picked.setCookie) res.setHeader("Set-Cookie", picked.setCookie);

    const { url, kind } = target;
    const client = clientOf(req);
    if (kind === "page" && !(await admitPage(pages, client, res, signal))) return;
    const plan = planFor(picked.mode);
    const techniques = resolveFrontPlan(plan);
    const path = `${url.pathname}${url.search}`;
    let page: HeldPage | null = null;
    const context: RequestContext = {
      id: formatRequestId(instance, randomBytes(8).toString("hex")),
      startedAt,
      plan,
      modeLabel: formatMode(picked.mode),
      path,
      page: target.page,
      queries: [],
      // As Django Debug Toolbar's INTERNAL_IPS: outside DEBUG_PANEL_ALLOW a client gets no panel, no
      // request id, no call sites captured, and 404 from the debug endpoint.
      debug: history !== null && inCidrs(debugPanelAllowList(), client),
      client,
      signal: kind === "page" ? pageDeadline(res, signal, { startedAt, deadlineMs, path }, () => page) : signal,
    };
    prepareForNext(req, path, kind);

    // A byte range is of the file as it is: compressing it would break the range. The debug
    // endpoint is the developer's tool, not a measured page: its JSON travels compressed in every mode.
    if (kind === "debug") compression.optimized.middleware(req, res, () => undefined);
    else if (kind === "page" || req.headers.range === undefined) techniques.compression.middleware(req, res, () => undefined);
    onHeaders(res, () => techniques["cache-headers"].apply(res, assetKind(kind, page?.held ?? false), res.statusCode));
    if (kind === "page") {
      page = holdPage(res, (status, body) => {
        const analysis = context.debug ? analyzeQueries(context.queries, findingThresholds()) : null;
        const totalMs = finishPage(req, res, context, techniques, { status, body }, analysis);
        if (history && analysis) history.add(context, totalMs, res.statusCode, analysis);
      });
    }
    const debug = context.debug ? { history: history!, explains, client } : null;
    await runWithRequestContext(context, () => dispatch(req, res, { url, kind, signal }, techniques, next, debug));
  };
}

function dispatch(
  req: IncomingMessage,
  res: ServerResponse,
  { url, kind, signal }: { url: URL; kind: Kind; signal: AbortSignal },
  techniques: FrontPlan,
  next: NextHandler,
  debug: DebugAccess | null,
) {
  switch (kind) {
    case "debug":
      return serveDebugDetail(res, url, debug);
    case "original":
      return serveOriginal(req, res, url, signal);
    case "thumbnail":
      return serveThumbnail(req, res, url);
    case "public-file":
      return servePublicFile(req, res, url, signal);
    case "build-asset":
      return serveBuildAsset(req, res, url, techniques.compression, signal).then((served) => (served ? undefined : next(req, res)));
    case "page":
      return next(req, res);
  }
}

/** A page is "html" once it is held as one; anything else Next.js answers on a page's path is "other". */
function assetKind(kind: Kind, held: boolean): AssetKind {
  if (kind === "page") return held ? "html" : "other";
  return kind === "debug" || kind === "public-file" ? "other" : kind;
}
