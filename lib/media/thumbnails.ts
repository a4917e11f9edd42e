import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { writeFileAtomically } from "../files";
import { thumbnailCacheBytes, thumbnailConcurrency } from "../settings";
import { resolveOriginal } from "./originals";
import { thumbnailsDir } from "./paths";
import { ThumbnailCacheIndex } from "./thumbnail-cache";
import { Semaphore } from "./semaphore";

/** Originals larger than this are refused before they are decoded. */
export const MAX_ORIGINAL_BYTES = 20 * 1024 * 1024;
/** A decompression bomb stops here: 40 megapixels is more than any upload of ours. */
export const MAX_INPUT_PIXELS = 40_000_000;

export type Format = "webp" | "jpeg" | "png";
export const CONTENT_TYPE: Record<Format, string> = { webp: "image/webp", jpeg: "image/jpeg", png: "image/png" };

// libvips would use every core for one resize; keep it to one thread per resize, and leave a
// core free for rendering pages, so that a burst of new thumbnails cannot starve them.
sharp.concurrency(1);
let resizes: Semaphore | null = null;
const inflight = new Map<string, Promise<{ bytes: Buffer; source: ThumbnailSource }>>();
const cacheIndex = new ThumbnailCacheIndex(thumbnailsDir, thumbnailCacheBytes);

/** Counters for tests and the curious: how many thumbnails were made and how many came from the cache. */
export const thumbnailStats = { resized: 0, fromCache: 0 };

export class ThumbnailError extends Error {
  constructor(readonly status: 400 | 404, message: string) {
    super(message);
  }
}

async function resize(file: string, width: number, quality: number, format: Format): Promise<Buffer> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ThumbnailError(404, "No such image.");
  if (info.size > MAX_ORIGINAL_BYTES) throw new ThumbnailError(400, "The original image is too large to make a thumbnail of.");
  const png = file.endsWith(".png");
  try {
    const image = sharp(file, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate().resize({ width, withoutEnlargement: true });
    if (format === "webp") return await (png ? image.webp({ lossless: true, effort: 4 }) : image.webp({ quality, effort: 4 })).toBuffer();
    if (format === "png") return await image.png({ compressionLevel: 9, palette: true }).toBuffer();
    return await image.jpeg({ quality, mozjpeg: true }).toBuffer();
  } catch (error) {
    const reason = error instanceof Error && /pixel limit/i.test(error.message) ? "its dimensions are too large" : "it cannot be decoded";
    throw new ThumbnailError(400, `No thumbnail can be made of this image: ${reason}.`);
  }
}

/**
 * The thumbnail's bytes: from the disk cache, or made once however many requests ask at the
 * same moment, then written to a temporary file and renamed, so the cache never holds half a file.
 */
export async function thumbnail(relative: string, width: number, quality: number, format: Format): Promise<Buffer> {
  return (await thumbnailWithSource(relative, width, quality, format)).bytes;
}

/** Where a thumbnail came from: made by this request, made by another at the same moment, or the disk cache. */
export type ThumbnailSource = "resized" | "shared" | "cache";

export async function thumbnailWithSource(relative: string, width: number, quality: number, format: Format): Promise<{ bytes: Buffer; source: ThumbnailSource }> {
  const original = resolveOriginal(relative);
  if (!original) throw new ThumbnailError(404, "No such image.");
  const key = createHash("sha256").update(`${relative}\0${width}\0${quality}\0${format}`).digest("hex");
  const shared = inflight.get(key);
  if (shared) return { bytes: (await shared).bytes, source: "shared" };
  // Registered before the first await, so that every request arriving meanwhile shares it.
  const pending = readOrMake(original, path.join(thumbnailsDir(), key.slice(0, 2), `${key}.${format}`), width, quality, format).finally(() =>
    inflight.delete(key),
  );
  inflight.set(key, pending);
  return pending;
}

let warned = false;
function warnOnce(message: string): void {
  if (!warned) console.error(message);
  warned = true;
}

async function readOrMake(original: string, file: string, width: number, quality: number, format: Format): Promise<{ bytes: Buffer; source: ThumbnailSource }> {
  const cached = await readFile(file).catch(() => null);
  if (cached) {
    thumbnailStats.fromCache += 1;
    return { bytes: cached, source: "cache" };
  }
  const bytes = await (resizes ??= new Semaphore(thumbnailConcurrency())).run(() => resize(original, width, quality, format));
  thumbnailStats.resized += 1;
  try {
    await writeFileAtomically(file, bytes);
    await cacheIndex.added(file, bytes.length);
  } catch (error) {
    // A full disk or a cache folder gone since start-up: the thumbnail is still good to send,
    // it is only made again next time.
    warnOnce(`Thumbnails cannot be cached (${error instanceof Error ? error.message : String(error)}); serving them uncached.`);
  }
  return { bytes, source: "resized" };
}

/** Reads the cache folder once at start-up: removes files a killed process left half-written, and counts the rest. */
export async function sweepThumbnailCache(): Promise<void> {
  await cacheIndex.load();
}
