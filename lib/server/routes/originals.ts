import { open } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { CONTENT_TYPES, resolveOriginal } from "../../media/originals";
import { sendError } from "../respond";

/** GET /media/<original>: an uploaded original as it is, the way the naive site shows it. */
export async function serveOriginal(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const file = resolveOriginal(decodeURIComponent(url.pathname.slice("/media/".length)));
  if (!file) return sendError(res, 404, "No such image.");
  // Opened once and read through the same handle, so that a file deleted or replaced meanwhile
  // cannot make the length and the bytes disagree.
  const handle = await open(file).catch(() => null);
  const info = await handle?.stat().catch(() => null);
  if (!handle || !info?.isFile()) {
    await handle?.close();
    return sendError(res, 404, "No such image.");
  }
  res.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)]!, "Content-Length": info.size });
  if (req.method === "HEAD") {
    await handle.close();
    return void res.end();
  }
  // A read that fails half-way cannot change the status any more: end the connection, so the
  // browser sees a broken download rather than a short file.
  await pipeline(handle.createReadStream(), res).catch(() => res.destroy());
}
