import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import Negotiator from "negotiator";

type Encoding = "br" | "gzip" | "identity";
type Variants = Record<Encoding, Buffer>;

const TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};
const BUILD_ASSET = /^\/_next\/static\/[A-Za-z0-9_\-./~]+$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const variants = new Map<string, Promise<Variants | null>>();

async function compressOnce(file: string): Promise<Variants | null> {
  const identity = await readFile(file).catch(() => null);
  if (!identity) return null;
  // Build assets never change under their hashed names, so they are compressed once, at the
  // highest settings, instead of on every request.
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  return { br, gzip: gz, identity };
}

// negotiator takes a server preference for ties (Chrome sends "gzip, deflate, br, zstd"); its types omit it.
type Negotiate = { encoding(available: string[], preferred: string[]): string | undefined };

function preferredEncoding(req: IncomingMessage): Encoding {
  const negotiator = new Negotiator(req) as unknown as Negotiate;
  return (negotiator.encoding(["br", "gzip", "identity"], ["br", "gzip"]) ?? "identity") as Encoding;
}

/**
 * Serves a compressible Next.js build asset (JS, CSS) compressed ahead of time, in the encoding
 * the browser prefers. Returns false when the request is not for one, so that Next.js serves it.
 */
export async function servePrecompressedAsset(req: IncomingMessage, res: ServerResponse, url: URL, distDir = ".next"): Promise<boolean> {
  const type = TYPES[path.extname(url.pathname)];
  if (!type || !BUILD_ASSET.test(url.pathname) || url.pathname.includes("..")) return false;
  const file = path.join(process.cwd(), distDir, "static", url.pathname.slice("/_next/static/".length));
  let pending = variants.get(file);
  if (!pending) {
    pending = compressOnce(file);
    variants.set(file, pending);
  }
  const assets = await pending;
  if (!assets) {
    variants.delete(file);
    return false;
  }
  const encoding = preferredEncoding(req);
  const body = assets[encoding];
  res.setHeader("Vary", "Accept-Encoding");
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
