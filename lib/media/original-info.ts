import { stat } from "node:fs/promises";
import sharp from "sharp";

/** Originals larger than this are refused before they are decoded. */
export const MAX_ORIGINAL_BYTES = 20 * 1024 * 1024;
/** A decompression bomb stops here: 40 megapixels is more than any upload of ours. */
export const MAX_INPUT_PIXELS = 40_000_000;

export class ThumbnailError extends Error {
  constructor(
    readonly status: 400 | 404 | 503,
    message: string,
  ) {
    super(message);
  }
}

/** What a thumbnail needs to know of its original before it is resized. */
export type OriginalInfo = {
  /** The width as displayed, after the EXIF orientation. */
  width: number;
  /** A PNG illustration: its thumbnails are lossless, so a quality changes nothing in them. */
  lossless: boolean;
};

/** Originals' names carry their content hash, so what is read of one stays true; bounded all the same. */
const MAX_REMEMBERED = 10_000;
const known = new Map<string, OriginalInfo>();

/**
 * The original's width and kind, from its header only (no pixels are decoded), checked against
 * the size and pixel caps before anything is resized: a 404 for a missing file, a 400 for one
 * too large or that does not decode.
 */
export async function describeOriginal(file: string): Promise<OriginalInfo> {
  const remembered = known.get(file);
  if (remembered) return remembered;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new ThumbnailError(404, "No such image.");
  if (info.size > MAX_ORIGINAL_BYTES) throw new ThumbnailError(400, "The original image is too large to make a thumbnail of.");
  // The header alone: no pixel limit here, so that a bomb is told apart from a broken file below.
  const metadata = await sharp(file, { failOn: "error", limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!metadata?.width || !metadata.height) throw new ThumbnailError(400, "No thumbnail can be made of this image: it cannot be decoded.");
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
    throw new ThumbnailError(400, "No thumbnail can be made of this image: its dimensions are too large.");
  }
  const described = { width: metadata.autoOrient.width, lossless: file.endsWith(".png") };
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(file, described);
  return described;
}
