import compressionMiddleware from "compression";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import Negotiator from "negotiator";
import type { Variants } from "../model/plan";

/**
 * compression: whether text travels compressed.
 * Acts in the front (lib/server/front.ts): `middleware` on every response; and on Next.js's
 * JS and CSS, `precompress`, whose encodings the build-asset handler
 * (lib/server/handlers/build-assets.ts) keeps and serves. It encodes the bytes it is given and
 * reads no file itself.
 */
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export type Encoding = "br" | "gzip" | "identity";
export type Encoded = Record<Encoding, Buffer>;

export type Compression = {
  middleware: Middleware;
  /** A build asset's bytes in every encoding, made once; null to send build assets as they are. */
  precompress: ((identity: Buffer) => Promise<Encoded>) | null;
};

export const compression = {
  /** Everything is sent as it is, whatever the browser accepts. */
  naive: {
    middleware: (_req, _res, next) => next(),
    precompress: null,
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
    precompress: encodeAtBest,
  },
} satisfies Variants<Compression>;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function encodeAtBest(identity: Buffer): Promise<Encoded> {
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  return { br, gzip: gz, identity };
}

// negotiator takes a server preference for ties (Chrome sends "gzip, deflate, br, zstd"); its types omit it.
type Negotiate = { encoding(available: string[], preferred: string[]): string | undefined };

/** The encoding the request prefers among brotli, gzip and none; brotli wins a tie. */
export function preferredEncoding(req: IncomingMessage): Encoding {
  const negotiator = new Negotiator(req) as unknown as Negotiate;
  return (negotiator.encoding(["br", "gzip", "identity"], ["br", "gzip"]) ?? "identity") as Encoding;
}
