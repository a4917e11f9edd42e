import { thumbnailUrl } from "../contract/urls/thumbnails";

/**
 * next/image's loader (next.config.ts): where the thumbnail of an original at a given width lives.
 * `src` is the original's path under the media folder, e.g. "covers/rust-in-anger.3f2a1b9c.jpg".
 */
export default function thumbnailLoader({ src, width, quality }: { src: string; width: number; quality?: number }): string {
  return thumbnailUrl({ original: src, width, quality });
}
