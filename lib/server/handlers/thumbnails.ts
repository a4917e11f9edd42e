import type { IncomingMessage, ServerResponse } from "node:http";
import { parseThumbnailUrl } from "../../contract/urls/thumbnails";
import { ThumbnailError, thumbnailWithSource, type Format } from "../../media/thumbnails";
import { contentType } from "../../util/mime";
import { sendError } from "../http/respond";
import { sendBytes } from "../http/send";
import { clientOf } from "../client";

/** Seconds a client whose thumbnail found the resize queue full is asked to wait. */
const RETRY_AFTER_SECONDS = 1;

/**
 * GET /thumbs/<original>?w=<width>&q=<quality> (lib/contract/urls/thumbnails.ts): only listed
 * widths and qualities. Each client (../client.ts) takes its turn in the resize queue (lib/util/fair-queue.ts).
 */
export async function serveThumbnail(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const parsed = parseThumbnailUrl(url);
  if (!parsed.ok) return sendError(res, parsed.status, parsed.error);
  const { original, width, quality } = parsed.address;
  try {
    const format = chooseFormat(original, req.headers.accept);
    const { bytes, source, key } = await thumbnailWithSource(original, width, quality, format, clientOf(req));
    sendBytes(req, res, bytes, {
      type: contentType(`.${format}`)!,
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
