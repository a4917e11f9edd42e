import type { ServerResponse } from "node:http";
import { parseDebugUrl } from "../contract/urls/debug";
import { sendError, sendJson } from "../server/http/respond";
import { explainQuery } from "./explain";
import type { DebugHistory } from "./history";

/**
 * The debug panel's endpoint (lib/contract/urls/debug.ts): one recent request's queries, fetched
 * when the panel is opened, and the plan of one of them (see ./explain.ts), like the debug
 * toolbar's views. With no history (DEBUG_PANEL=0) every path answers 404.
 */
export async function serveDebugDetail(res: ServerResponse, url: URL, history: DebugHistory | null): Promise<void> {
  const address = parseDebugUrl(url);
  if (!history || address.kind === "unknown") return sendError(res, 404, "No such request in the recent history.");
  if (address.kind === "bad-index")
    return sendError(res, 400, "The query index must be a whole number from 0, its position in the request's query list.");
  if (address.kind === "plan") return serveQueryPlan(res, history, address.requestId, address.index);
  const detail = history.get(address.requestId);
  if (detail) return sendJson(res, 200, detail);
  return sendError(res, 404, "No such request in the recent history.");
}

/** Explains only a query the server recorded, by request id and position: the request names no SQL. */
async function serveQueryPlan(res: ServerResponse, history: DebugHistory, id: string, index: number): Promise<void> {
  if (!history.has(id)) return sendError(res, 404, "No such request in the recent history.");
  const query = history.query(id, index);
  if (!query) return sendError(res, 404, "The request has no query at that index.");
  try {
    return sendJson(res, 200, await explainQuery(query));
  } catch (error) {
    console.error("EXPLAIN failed:", error);
    return sendError(res, 503, "The database could not explain this query now. Try again.");
  }
}
