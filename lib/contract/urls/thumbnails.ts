/**
 * The thumbnail URL, `/thumbs/<original>?w=<width>&q=<quality>`, written and read here only
 * (as fastify declares a route once, with its querystring schema): next/image's loader
 * (lib/media/thumbnail-loader.ts) writes it, the front classifies it, and the thumbnail
 * handler (lib/server/handlers/thumbnails.ts) reads it.
 */
export const THUMBNAILS_PREFIX = "/thumbs/";

/**
 * The only widths and qualities the server makes. next.config.ts hands the widths to next/image,
 * which builds `srcset` from them, and any other width or quality is refused with 400, so nobody
 * can make the server resize images on demand. 750 and 828 are a phone's cover at 2x (375 and
 * 414 px screens; Next.js's defaults have them for the same reason): without them a browser that
 * needs 665 to 828 pixels takes the 960.
 */
export const IMAGE_SIZES = [60, 120, 240, 480] as const;
export const DEVICE_SIZES = [640, 750, 828, 960, 1280] as const;
export const THUMBNAIL_WIDTHS: readonly number[] = [...IMAGE_SIZES, ...DEVICE_SIZES];
export const THUMBNAIL_QUALITIES = [50, 60, 70, 75, 80, 90] as const;
export const DEFAULT_THUMBNAIL_QUALITY = 75;

/** A thumbnail request: the original's path under the media folder, and the width and quality asked for. */
export type ThumbnailAddress = { original: string; width: number; quality: number };

export function thumbnailUrl({
  original,
  width,
  quality = DEFAULT_THUMBNAIL_QUALITY,
}: Omit<ThumbnailAddress, "quality"> & { quality?: number }) {
  return `${THUMBNAILS_PREFIX}${original}?w=${width}&q=${quality}`;
}

export function isThumbnailPath(pathname: string): boolean {
  return pathname.startsWith(THUMBNAILS_PREFIX);
}

/**
 * A thumbnail URL's parts, or a 400 naming the parameter that is off the list (each given once,
 * in plain digits). The original is only decoded here: whether it names an upload is for the
 * media folder to say (lib/media/originals.ts), with a 404.
 */
export function parseThumbnailUrl(url: URL): { ok: true; address: ThumbnailAddress } | { ok: false; status: 400; error: string } {
  const width = oneOf(url.searchParams, "w", THUMBNAIL_WIDTHS);
  if (width === undefined) return refuse("w", THUMBNAIL_WIDTHS);
  const quality = oneOf(url.searchParams, "q", THUMBNAIL_QUALITIES);
  if (quality === undefined) return refuse("q", THUMBNAIL_QUALITIES);
  return { ok: true, address: { original: decodeURIComponent(url.pathname.slice(THUMBNAILS_PREFIX.length)), width, quality } };
}

function oneOf(params: URLSearchParams, name: string, allowed: readonly number[]): number | undefined {
  const values = params.getAll(name);
  const value = values.length === 1 && /^[1-9][0-9]{0,3}$/.test(values[0]!) ? Number(values[0]) : NaN;
  return allowed.includes(value) ? value : undefined;
}

function refuse(name: string, allowed: readonly number[]): { ok: false; status: 400; error: string } {
  return { ok: false, status: 400, error: `?${name}= must be given once and be one of ${allowed.join(", ")}.` };
}
