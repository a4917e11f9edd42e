import path from "node:path";
import { mediaRoot } from "../settings";

/** Originals as uploaded; the database stores paths relative to this folder. */
export function originalsDir(): string {
  return path.join(mediaRoot(), "originals");
}

/** Thumbnails made on first request, kept across restarts. */
export function thumbnailsDir(): string {
  return path.join(mediaRoot(), "thumbnails");
}
