import compressionMiddleware from "compression";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import Negotiator from "negotiator";
import type { Variants } from "../request/plan";

/**
 * compression: whether text travels compressed.
 * Acts in the front (lib/server/front.ts): `middleware` on every response, and
 * `serveBuildAsset` for Next.js's JS and CSS, compressed once ahead of time.
 */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export type Compression = {
  middleware: Middleware;
  /** Serves a build asset itself, or returns false to leave it to Next.js. */
  serveBuildAsset(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
};

export const compression = {
  /** Everything is sent as it is, whatever the browser accepts. */
  naive: {
    middleware: (_req, _res, next) => next(),
    serveBuildAsset: async () => false,
  },
  /**
   * Brotli or gzip, as the browser asks (`Accept-Encoding`), with `Vary: Accept-Encoding`, for
   * text only: `compression`'s filter skips images, which are compressed already. Responses
   * under 1 KB are left alone, where the headers would cost more than they save. Build assets
   * never change under their hashed names, so they are compressed once, at the highest settings.
   */
  optimized: {
    middleware: compressionMiddleware({
      threshold: 1024,
      brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    }) as unknown as Middleware,
    serveBuildAsset: servePrecompressedAsset,
  },
} satisfies Variants<Compression>;

type Encoding = "br" | "gzip" | "identity";
type Encoded = Record<Encoding, Buffer>;

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
const encoded = new Map<string, Promise<Encoded | null>>();

async function compressOnce(file: string): Promise<Encoded | null> {
  const identity = await readFile(file).catch(() => null);
  if (!identity) return null;
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

async function servePrecompressedAsset(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const type = TYPES[path.extname(url.pathname)];
  if (!type || !BUILD_ASSET.test(url.pathname) || url.pathname.includes("..")) return false;
  const file = path.join(process.cwd(), ".next", "static", url.pathname.slice("/_next/static/".length));
  let pending = encoded.get(file);
  if (!pending) {
    pending = compressOnce(file);
    encoded.set(file, pending);
  }
  const assets = await pending;
  if (!assets) {
    encoded.delete(file);
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
