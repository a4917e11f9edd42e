/**
 * The URL of an uploaded original as it is, `/media/<folder>/<name>.<hash>.<ext>`: what naive
 * pages show, written and read here only.
 */
export const ORIGINALS_PREFIX = "/media/";

export function originalUrl(original: string): string {
  return `${ORIGINALS_PREFIX}${original}`;
}

export function isOriginalPath(pathname: string): boolean {
  return pathname.startsWith(ORIGINALS_PREFIX);
}

/** The original's path under the media folder, decoded; whether it names an upload is for lib/media/originals.ts to say. */
export function parseOriginalUrl(url: URL): string {
  return decodeURIComponent(url.pathname.slice(ORIGINALS_PREFIX.length));
}
