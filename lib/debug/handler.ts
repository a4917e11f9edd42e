import type { ServerResponse } from "node:http";
import { parseDebugUrl } from "../contract/urls/debug";
import { sendError, sendJson } from "../server/http/respond";
import { explainQuery } from "./explain";
import type { DebugHistory } from "./history";
import type { PerClientRate } from "./rate-limit";

/** What a client the allow list lets in may use: the history, and its own budget of EXPLAINs. */
export type DebugAccess = { history: DebugHistory; explains: PerClientRate; client: string };

/**
 * The debug panel's endpoint (lib/contract/urls/debug.ts): one recent request's queries, fetched
 * when the panel is opened, and the plan of one of them (see ./explain.ts), like the debug
 * toolbar's views. Without access (DEBUG_PANEL=0, or a client outside DEBUG_PANEL_ALLOW) every
 * path answers 404, as if there were no endpoint.
 */
export async function serveDebugDetail(res: ServerResponse, url: URL, access: DebugAccess | null): Promise<void> {
  const address = parseDebugUrl(url);
  if (!access || address.kind === "unknown") return sendError(res, 404, "No such request in the recent history.");
  if (address.kind === "bad-index")
    return sendError(res, 400, "The query index must be a whole number from 0, its position in the request's query list.");
  if (address.kind === "plan") return serveQueryPlan(res, access, address.requestId, address.index);
  const detail = access.history.get(address.requestId);
  if (detail) return sendJson(res, 200, detail);
  return sendError(res, 404, "No such request in the recent history.");
}

/** Explains only a query the server recorded, by request id and position: the request names no SQL. */
async function serveQueryPlan(res: ServerResponse, { history, explains, client }: DebugAccess, id: string, index: number): Promise<void> {
  if (!history.has(id)) return sendError(res, 404, "No such request in the recent history.");
  const query = history.query(id, index);
  if (!query) return sendError(res, 404, "The request has no query at that index.");
  const spent = explains.take(client);
  if (!spent.ok)
    return sendError(res, 429, "Too many EXPLAINs from this client: try again in a moment (DEBUG_EXPLAIN_PER_MINUTE).", {
      "Retry-After": String(spent.retryAfterSeconds),
    });
  try {
    return sendJson(res, 200, await explainQuery(query));
  } catch (error) {
    console.error("EXPLAIN failed:", error);
    return sendError(res, 503, "The database could not explain this query now. Try again.");
  }
}
