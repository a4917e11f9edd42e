import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { CONTENT_TYPES, resolveOriginal } from "../../media/originals";
import { sendError } from "../http/respond";
import { sendFile } from "../http/send";

/** GET /media/<original>: an uploaded original as it is, the way the naive site shows it. */
export async function serveOriginal(req: IncomingMessage, res: ServerResponse, url: URL, signal: AbortSignal): Promise<void> {
  const file = resolveOriginal(decodeURIComponent(url.pathname.slice("/media/".length)));
  if (!file || !(await sendFile(req, res, file, CONTENT_TYPES[path.extname(file)]!, signal))) return sendError(res, 404, "No such image.");
}
