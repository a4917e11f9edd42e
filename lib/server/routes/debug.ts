import type { ServerResponse } from "node:http";
import { DEBUG_PATH } from "../../contract";
import type { DebugHistory } from "../debug-history";
import { sendError, sendJson } from "../respond";

const REQUEST_ID = new RegExp(`^${DEBUG_PATH}([a-f0-9]{16})$`);

/** GET /__debug/requests/<id>: the query list the debug panel fetches when it is opened. */
export function serveDebugDetail(res: ServerResponse, url: URL, history: DebugHistory | null): void {
  const id = REQUEST_ID.exec(url.pathname)?.[1];
  const detail = history && id ? history.get(id) : undefined;
  if (detail) return sendJson(res, 200, detail);
  return sendError(res, 404, "No such request in the recent history.");
}
