import compression from "compression";
import type { IncomingMessage, ServerResponse } from "node:http";
import { constants } from "node:zlib";
import type { Variant } from "./variant";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export const responseCompression = {
  /** Everything is sent as it is, whatever the browser accepts. */
  naive: (_req, _res, next) => next(),
  /**
   * Brotli or gzip, as the browser asks (`Accept-Encoding`), with `Vary: Accept-Encoding`,
   * for text types only: `compression`'s filter skips images, which are compressed already.
   * Responses under 1 KB are left alone, where the headers would cost more than they save.
   */
  optimized: compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  }) as unknown as Middleware,
} satisfies Record<Variant, Middleware>;
