import type { IncomingMessage, ServerResponse } from "node:http";
import { parseOriginalUrl } from "../../contract/urls/originals";
import { resolveOriginal } from "../../media/originals";
import { contentType } from "../../util/mime";
import { sendError } from "../http/respond";
import { sendFile } from "../http/send";

/** GET /media/<original>: an uploaded original as it is, the way the naive site shows it. */
export async function serveOriginal(req: IncomingMessage, res: ServerResponse, url: URL, signal: AbortSignal): Promise<void> {
  const file = resolveOriginal(parseOriginalUrl(url));
  if (!file || !(await sendFile(req, res, file, contentType(file)!, signal))) return sendError(res, 404, "No such image.");
}
