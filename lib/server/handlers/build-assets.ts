import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { BUILD_ASSETS_FOLDER, parseBuildAssetUrl } from "../../contract/urls/build-assets";
import { preferredEncoding, type Compression, type Encoded } from "../../techniques/compression";
import { contentType, isText } from "../../util/mime";
import { sendFile } from "../http/send";

/**
 * GET /_next/static/…: Next.js's hashed JS and CSS, served by the front rather than Next.js,
 * whose static handler answered 500 to a failed If-Match or If-Unmodified-Since and to an
 * unsatisfiable range. With compression, a text asset asked for whole and unconditionally is
 * sent in the encoding the browser prefers, encoded once (see the compression technique);
 * otherwise the file itself, which answers conditions and ranges. False when there is no such
 * file on disk, or it is of a type not listed, for Next.js to serve (as in development).
 */
export async function serveBuildAsset(req: IncomingMessage, res: ServerResponse, url: URL, compression: Compression, signal: AbortSignal) {
  const file = buildAssetFile(url);
  const type = file && contentType(file);
  if (!file || !type) return false;
  const conditional = ["range", "if-match", "if-unmodified-since"].some((name) => req.headers[name] !== undefined);
  if (!conditional && compression.precompress && isText(type)) {
    const encoded = await encodedOnce(file, compression.precompress);
    if (encoded) return sendEncoded(req, res, encoded, type);
  }
  return sendFile(req, res, file, type, signal);
}

const BUILD_STATIC = path.join(/*turbopackIgnore: true*/ process.cwd(), ...BUILD_ASSETS_FOLDER);

/** The file under .next/static the URL names; null for one outside it. */
function buildAssetFile(url: URL): string | null {
  const file = path.resolve(BUILD_STATIC, parseBuildAssetUrl(url));
  return file.startsWith(BUILD_STATIC + path.sep) ? file : null;
}

/** Each asset's encodings, made on its first request: its name holds its hash, so they never go stale. */
const encodings = new Map<string, Promise<Encoded | null>>();

async function encodedOnce(file: string, precompress: (identity: Buffer) => Promise<Encoded>): Promise<Encoded | null> {
  let pending = encodings.get(file);
  if (!pending) {
    pending = readFile(file).then(precompress, () => null);
    encodings.set(file, pending);
  }
  const encoded = await pending;
  if (!encoded) encodings.delete(file);
  return encoded;
}

function sendEncoded(req: IncomingMessage, res: ServerResponse, encoded: Encoded, type: string): true {
  const encoding = preferredEncoding(req);
  const body = encoded[encoding];
  res.setHeader("Vary", "Accept-Encoding");
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
