import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { writeFileAtomically } from "../util/files";
import { thumbnailCacheBytes, thumbnailConcurrency, thumbnailMemoryCacheMb, thumbnailQueue } from "../settings";
import { FairQueue, QueueFullError } from "../util/fair-queue";
import { describeOriginal, MAX_INPUT_PIXELS, ThumbnailError } from "./original-info";
import { resolveOriginal } from "./originals";
import { thumbnailsDir } from "./paths";
import { ThumbnailCacheIndex } from "./thumbnail-cache";

export { MAX_INPUT_PIXELS, MAX_ORIGINAL_BYTES, ThumbnailError } from "./original-info";

export type Format = "webp" | "jpeg" | "png";

// libvips would use every core for one resize; keep it to one thread per resize, and leave a
// core free for rendering pages, so that a burst of new thumbnails cannot starve them.
sharp.concurrency(1);
// libvips keeps recent images and operations in memory (50 MB and 20 open files by default):
// each thumbnail is made once and then read from the disk cache, so they would seldom be used
// again, and the memory stays taken. THUMBNAIL_MEMORY_CACHE_MB (0) bounds it (docs/security.md).
const memoryCacheMb = thumbnailMemoryCacheMb();
sharp.cache(memoryCacheMb === 0 ? false : { memory: memoryCacheMb, files: 0, items: 100 });
let resizes: FairQueue | null = null;
const inflight = new Map<string, Promise<Made>>();
const cacheIndex = new ThumbnailCacheIndex(thumbnailsDir, thumbnailCacheBytes);

/** Counters for tests and the curious: how many thumbnails were made and how many came from the cache. */
export const thumbnailStats = { resized: 0, fromCache: 0 };

/** One thumbnail as it will be made: requests that would give the same bytes give the same one. */
type Thumbnail = { original: string; key: string; width: number; quality: number; format: Format };

/**
 * Collapses requests that would give identical bytes onto one thumbnail and one cache entry: a
 * width at or above the original's is the original's (resizes never enlarge), and the quality
 * of lossless output (PNG, or WebP made of a PNG) is no quality at all.
 */
async function describe(relative: string, width: number, quality: number, format: Format): Promise<Thumbnail> {
  const original = resolveOriginal(relative);
  if (!original) throw new ThumbnailError(404, "No such image.");
  const info = await describeOriginal(original);
  const effective = { width: Math.min(width, info.width), quality: info.lossless || format === "png" ? 0 : quality };
  const key = createHash("sha256").update(`${relative}\0${effective.width}\0${effective.quality}\0${format}`).digest("hex");
  return { original, key, ...effective, format };
}

async function resize({ original, width, quality, format }: Thumbnail): Promise<Buffer> {
  const png = original.endsWith(".png");
  try {
    const image = sharp(original, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate().resize({ width, withoutEnlargement: true });
    if (format === "webp") return await (png ? image.webp({ lossless: true, effort: 4 }) : image.webp({ quality, effort: 4 })).toBuffer();
    if (format === "png") return await image.png({ compressionLevel: 9, palette: true }).toBuffer();
    return await image.jpeg({ quality, mozjpeg: true }).toBuffer();
  } catch (error) {
    const reason = error instanceof Error && /pixel limit/i.test(error.message) ? "its dimensions are too large" : "it cannot be decoded";
    throw new ThumbnailError(400, `No thumbnail can be made of this image: ${reason}.`);
  }
}

/**
 * The thumbnail's bytes once they are in the cache: from the disk cache, or made once however
 * many requests ask at the same moment, then written to a temporary file and renamed, so the
 * cache never holds half a file.
 */
export async function thumbnail(relative: string, width: number, quality: number, format: Format): Promise<Buffer> {
  const made = await thumbnailWithSource(relative, width, quality, format);
  await made.stored;
  return made.bytes;
}

/** Where a thumbnail came from: made by this request, made by another at the same moment, or the disk cache. */
export type ThumbnailSource = "resized" | "shared" | "cache";

/** A thumbnail's bytes, where they came from, and when they are in the disk cache. */
type Made = { bytes: Buffer; source: ThumbnailSource; stored: Promise<void> };

/**
 * The thumbnail's bytes as soon as they exist; the cache is written after (`stored`), so that
 * the answer does not wait for the disk. `client` (the requester's address) takes its turn in
 * the resize queue: each client gets a fair share, and a full queue or share is a 503.
 */
export async function thumbnailWithSource(
  relative: string,
  width: number,
  quality: number,
  format: Format,
  client = "local",
): Promise<Made & { key: string }> {
  const thumb = await describe(relative, width, quality, format);
  const shared = inflight.get(thumb.key);
  if (shared) return { ...(await shared), source: "shared", key: thumb.key };
  // Registered before the next await, so that every request arriving meanwhile shares it, and
  // kept until the cache holds it, so that none arriving before then makes it again.
  const pending = readOrMake(thumb, client);
  inflight.set(thumb.key, pending);
  void pending.then(
    (made) => made.stored.finally(() => inflight.delete(thumb.key)),
    () => inflight.delete(thumb.key),
  );
  return { ...(await pending), key: thumb.key };
}

let warned = false;
function warnOnce(message: string): void {
  if (!warned) console.error(message);
  warned = true;
}

async function readOrMake(thumb: Thumbnail, client: string): Promise<Made> {
  const file = path.join(thumbnailsDir(), thumb.key.slice(0, 2), `${thumb.key}.${thumb.format}`);
  // The index knows what the folder holds, so a miss costs no read: under a flood of new
  // thumbnails, refusals stay cheap and leave the disk's threads to the requests being served.
  const cached = (await cacheIndex.load()).has(file) ? await readFile(file).catch(() => null) : null;
  if (cached) {
    thumbnailStats.fromCache += 1;
    return { bytes: cached, source: "cache", stored: Promise.resolve() };
  }
  resizes ??= new FairQueue({ concurrency: thumbnailConcurrency(), ...thumbnailQueue() });
  const bytes = await resizes.run(client, () => resize(thumb)).catch((error: unknown) => {
    if (error instanceof QueueFullError) throw new ThumbnailError(503, "Too many thumbnails are being made now. Try again in a moment.");
    throw error;
  });
  thumbnailStats.resized += 1;
  return { bytes, source: "resized", stored: store(file, bytes) };
}

async function store(file: string, bytes: Buffer): Promise<void> {
  try {
    await writeFileAtomically(file, bytes);
    await cacheIndex.added(file, bytes.length);
  } catch (error) {
    // A full disk or a cache folder gone since start-up: the thumbnail is still good to send,
    // it is only made again next time.
    warnOnce(`Thumbnails cannot be cached (${error instanceof Error ? error.message : String(error)}); serving them uncached.`);
  }
}

/** Reads the cache folder once at start-up: removes files a killed process left half-written, and counts the rest. */
export async function sweepThumbnailCache(): Promise<void> {
  await cacheIndex.load();
}
