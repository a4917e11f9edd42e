import { getImageProps } from "next/image";
import type { ImgHTMLAttributes } from "react";
import { originalUrl } from "../contract/urls/originals";
import { DISPLAY, type ImageKind } from "../media/sizes";
import type { Variants } from "../model/plan";
import { thumbnailQuality } from "../settings";

/**
 * thumbnails: what an <img> on a page points at.
 * Acts in app/_components/blog-image.tsx (every image: `imageProps`). The thumbnails it names
 * are made by lib/media/thumbnails.ts (sharp, the disk cache) and served at /thumbs/ by
 * lib/server/handlers/thumbnails.ts; the originals at /media/ by lib/server/handlers/originals.ts.
 */
export type ImageRequest = { src: string; kind: ImageKind; alt: string; index: number };
type ImageProps = ImgHTMLAttributes<HTMLImageElement> & { src: string };
export type Thumbnails = { imageProps(image: ImageRequest): ImageProps };

/** Items from this index on are below the fold on a 1366x768 screen and load lazily. */
const FIRST_LAZY_INDEX = 3;

export const thumbnails = {
  /**
   * The uploaded original, whatever its size, as the original site served it: a 600x600 portrait
   * shown at 60x60. Costs bytes, not queries: O(page) images, each as large as its upload.
   */
  naive: {
    imageProps({ src, kind, alt }) {
      const { width, height } = DISPLAY[kind];
      return { className: `img-${kind}`, src: originalUrl(src), width, height, alt };
    },
  },
  /**
   * next/image's srcset of whitelisted thumbnail widths (WebP where the browser takes it), lazy
   * below the fold, and a fetch priority on the first cover, the largest image above the fold.
   * getImageProps gives the srcset and sizes without next/image's client component, so images
   * cost no JavaScript.
   */
  optimized: {
    imageProps({ src, kind, alt, index }) {
      const { width, height, sizes, narrowest, originalWidth } = DISPLAY[kind];
      const priority = index === 0 && kind.startsWith("cover");
      const { props } = getImageProps({
        className: `img-${kind}`,
        src,
        width,
        height,
        sizes,
        quality: thumbnailQuality(),
        alt,
        fetchPriority: priority ? "high" : undefined,
        loading: index >= FIRST_LAZY_INDEX ? "lazy" : "eager",
      });
      return { ...props, ...withinDisplayedWidths(props.srcSet, narrowest, originalWidth) };
    },
  },
} satisfies Variants<Thumbnails>;

/**
 * next/image offers every thumbnail width in a `w` srcset whose `sizes` it cannot read (a
 * `calc()`). One wider than the original would be the original again under a claim of more
 * pixels, and one narrower than the widest at or under the narrowest display would never be
 * chosen. Keep the widths in between, and make the widest of them the fallback `src`.
 */
export function withinDisplayedWidths(
  srcSet: string | undefined,
  narrowest: number,
  originalWidth: number,
): { srcSet?: string; src?: string } {
  const candidates = (srcSet ?? "").split(", ").map((entry) => ({ entry, width: Number(/ (\d+)w$/.exec(entry)?.[1] ?? NaN) }));
  if (candidates.some((c) => Number.isNaN(c.width))) return {};
  const floor = Math.max(0, ...candidates.filter((c) => c.width <= narrowest).map((c) => c.width));
  const kept = candidates.filter((c) => c.width >= floor && c.width <= originalWidth);
  if (kept.length === 0) return {};
  return { srcSet: kept.map((c) => c.entry).join(", "), src: kept.at(-1)!.entry.replace(/ \d+w$/, "") };
}
