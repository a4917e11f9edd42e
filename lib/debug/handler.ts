import type { ServerResponse } from "node:http";
import { DEBUG_PATH } from "../contract/server-timing";
import type { DebugHistory } from "./history";
import { explainQuery } from "./explain";
import { sendError, sendJson } from "../server/http/respond";

const REQUEST_ID = new RegExp(`^${DEBUG_PATH}([a-f0-9]{16})$`);
const QUERY_PLAN = new RegExp(`^${DEBUG_PATH}([a-f0-9]{16})/queries/([^/]*)/plan$`);
const INDEX = /^(0|[1-9][0-9]{0,5})$/;

/**
 * The debug panel's endpoint, under DEBUG_PATH:
 *   GET <id>                       one recent request's queries, fetched when the panel is opened
 *   GET <id>/queries/<index>/plan  the plan of its `index`th query (from 0), see ../explain.ts
 * With no history (DEBUG_PANEL=0) every path answers 404.
 */
export async function serveDebugDetail(res: ServerResponse, url: URL, history: DebugHistory | null): Promise<void> {
  const plan = QUERY_PLAN.exec(url.pathname);
  if (history && plan) return serveQueryPlan(res, history, plan[1]!, plan[2]!);
  const id = REQUEST_ID.exec(url.pathname)?.[1];
  const detail = history && id ? history.get(id) : undefined;
  if (detail) return sendJson(res, 200, detail);
  return sendError(res, 404, "No such request in the recent history.");
}

/** Explains only a query the server recorded, by request id and position: the request names no SQL. */
async function serveQueryPlan(res: ServerResponse, history: DebugHistory, id: string, index: string): Promise<void> {
  if (!INDEX.test(index))
    return sendError(res, 400, "The query index must be a whole number from 0, its position in the request's query list.");
  if (!history.has(id)) return sendError(res, 404, "No such request in the recent history.");
  const query = history.query(id, Number(index));
  if (!query) return sendError(res, 404, "The request has no query at that index.");
  try {
    return sendJson(res, 200, await explainQuery(query));
  } catch (error) {
    console.error("EXPLAIN failed:", error);
    return sendError(res, 503, "The database could not explain this query now. Try again.");
  }
}
