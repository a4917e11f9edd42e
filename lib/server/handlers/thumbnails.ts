import type { IncomingMessage, ServerResponse } from "node:http";
import { THUMBNAIL_QUALITIES, THUMBNAIL_WIDTHS } from "../../media/sizes";
import { CONTENT_TYPE, ThumbnailError, thumbnailWithSource, type Format } from "../../media/thumbnails";
import { sendError } from "../http/respond";
import { sendBytes } from "../http/send";

/** Seconds a client whose thumbnail found the resize queue full is asked to wait. */
const RETRY_AFTER_SECONDS = 1;

/**
 * GET /thumbs/<original>?w=<width>&q=<quality>: only whitelisted widths and qualities. Each
 * client address takes its turn in the resize queue (lib/media/fair-queue.ts).
 */
export async function serveThumbnail(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  try {
    const relative = decodeURIComponent(url.pathname.slice("/thumbs/".length));
    const width = oneNumber(url.searchParams, "w", THUMBNAIL_WIDTHS);
    const quality = oneNumber(url.searchParams, "q", THUMBNAIL_QUALITIES);
    const format = chooseFormat(relative, req.headers.accept);
    const { bytes, source, key } = await thumbnailWithSource(relative, width, quality, format, req.socket.remoteAddress ?? "unknown");
    sendBytes(req, res, bytes, {
      type: CONTENT_TYPE[format],
      // The key names the original (whose name holds its hash) and how it was resized: the bytes cannot differ.
      validators: { etag: `"${key.slice(0, 32)}"` },
      headers: {
        Vary: "Accept",
        // MISS: this request made the thumbnail; SHARED: it waited for another request's resize.
        "X-Cache": { resized: "MISS", shared: "SHARED", cache: "HIT" }[source],
      },
    });
  } catch (error) {
    if (!(error instanceof ThumbnailError)) throw error;
    sendError(res, error.status, error.message, error.status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {});
  }
}

function oneNumber(params: URLSearchParams, name: string, allowed: readonly number[]): number {
  const values = params.getAll(name);
  const value = values.length === 1 && /^[1-9][0-9]{0,3}$/.test(values[0]!) ? Number(values[0]) : NaN;
  if (!allowed.includes(value)) throw new ThumbnailError(400, `?${name}= must be given once and be one of ${allowed.join(", ")}.`);
  return value;
}

/** Whether an Accept header names WebP with a weight above zero (`image/webp;q=0` refuses it). */
function acceptsWebp(accept: string | undefined): boolean {
  return (accept ?? "").split(",").some((range) => {
    const [type, ...params] = range.split(";").map((part) => part.trim().toLowerCase());
    const weight = params.find((p) => p.startsWith("q="));
    return type === "image/webp" && (weight === undefined || Number(weight.slice(2)) > 0);
  });
}

/** Keeps PNG illustrations lossless and photos lossy; WebP when the browser says it takes it. */
export function chooseFormat(original: string, accept: string | undefined): Format {
  if (acceptsWebp(accept)) return "webp";
  return original.endsWith(".png") ? "png" : "jpeg";
}
