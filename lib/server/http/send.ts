import type { Stats } from "node:fs";
import { open } from "node:fs/promises";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { evaluate, type Validators } from "./conditional";
import { sendError } from "./respond";

/**
 * Static answers with conditional and range requests done right (412, 304, 206, 416; see
 * ./conditional.ts): originals, public files and build assets from disk, thumbnails from memory.
 */
type Representation = { type: string; size: number; validators: Validators; headers?: OutgoingHttpHeaders };

/** A strong validator from the file's size and time, as nginx makes its ETag. */
export function fileValidators(info: Stats): Validators {
  return { etag: `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`, lastModified: info.mtimeMs };
}

/** Sends the head the request's conditions call for; the byte range to send after it, or null when the answer has no body. */
function answerHead(req: IncomingMessage, res: ServerResponse, { type, size, validators, headers }: Representation) {
  const outcome = evaluate(req.headers, validators, size);
  if (outcome.status === 412) {
    sendError(res, 412, "The file does not match the request's precondition (If-Match or If-Unmodified-Since).");
    return null;
  }
  if (outcome.status === 416) {
    sendError(res, 416, `The range asked for is outside the file's ${size} bytes.`, { "Content-Range": `bytes */${size}` });
    return null;
  }
  const common: OutgoingHttpHeaders = { ...headers, "Accept-Ranges": "bytes", ETag: validators.etag };
  if (validators.lastModified !== undefined) common["Last-Modified"] = new Date(validators.lastModified).toUTCString();
  if (outcome.status === 304) {
    res.writeHead(304, common).end();
    return null;
  }
  const [start, end] = outcome.status === 206 ? [outcome.start, outcome.end] : [0, size - 1];
  if (outcome.status === 206) common["Content-Range"] = `bytes ${start}-${end}/${size}`;
  res.writeHead(outcome.status, { ...common, "Content-Type": type, "Content-Length": end - start + 1 });
  if (req.method === "HEAD" || end < start) {
    res.end();
    return null;
  }
  return { start, end };
}

/**
 * Sends a file, or returns false when there is none (the caller answers 404 or hands over).
 * Opened once and read through the same handle, so that a file replaced meanwhile cannot make
 * the length and the bytes disagree; the handle is closed when the answer ends, fails, or its
 * client goes (`signal`), never left to the garbage collector.
 */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  type: string,
  signal?: AbortSignal,
): Promise<boolean> {
  const handle = await open(file).catch(() => null);
  if (!handle) return false;
  try {
    const info = await handle.stat();
    if (!info.isFile()) return false;
    const range = answerHead(req, res, { type, size: info.size, validators: fileValidators(info) });
    if (!range) return true;
    // A read that fails half-way cannot change the status any more: end the connection, so the
    // browser sees a broken download rather than a short file.
    await pipeline(handle.createReadStream({ ...range, autoClose: false }), res, { signal }).catch(() => res.destroy());
    return true;
  } finally {
    await handle.close();
  }
}

/** Sends bytes held in memory, with the same conditional and range answers as a file. */
export function sendBytes(req: IncomingMessage, res: ServerResponse, bytes: Buffer, representation: Omit<Representation, "size">): void {
  const range = answerHead(req, res, { ...representation, size: bytes.length });
  if (range) res.end(bytes.subarray(range.start, range.end + 1));
}
