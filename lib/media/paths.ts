import path from "node:path";

/** The media folder: uploaded originals and the thumbnail cache. `MEDIA_DIR` overrides it. */
export function mediaRoot(): string {
  return path.resolve(process.env.MEDIA_DIR?.trim() || path.join(process.cwd(), "media"));
}

/** Originals as uploaded; the database stores paths relative to this folder. */
export function originalsDir(): string {
  return path.join(mediaRoot(), "originals");
}

/** Thumbnails made on first request, kept across restarts. */
export function thumbnailsDir(): string {
  return path.join(mediaRoot(), "thumbnails");
}
