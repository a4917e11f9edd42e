import { getImageProps } from "next/image";
import { DISPLAY, type ImageKind } from "@/lib/media/sizes";

/** What the mode says about images: originals as uploaded, or thumbnails at display size. */
export type ImagePolicy = { thumbnails: boolean; quality: number };

/** Items from this index on are below the fold on a 1366x768 screen and load lazily. */
const FIRST_LAZY_INDEX = 3;

type Props = { policy: ImagePolicy; src: string; kind: ImageKind; alt: string; index?: number };

/**
 * naive: the uploaded original, whatever its size, as the original site served it.
 * optimized: next/image with a srcset of whitelisted thumbnail widths, lazy below the fold,
 * and a fetch priority on the first cover, the largest image above the fold.
 */
export function BlogImage({ policy, src, kind, alt, index = 0 }: Props) {
  const { width, height, sizes, originalWidth } = DISPLAY[kind];
  const className = `img-${kind}`;
  if (!policy.thumbnails) {
    // eslint-disable-next-line @next/next/no-img-element
    return <img className={className} src={`/media/${src}`} width={width} height={height} alt={alt} />;
  }
  const priority = index === 0 && kind.startsWith("cover");
  // getImageProps gives next/image's srcset and sizes without its client component, so
  // images cost no JavaScript.
  const { props } = getImageProps({
    className,
    src,
    width,
    height,
    sizes,
    quality: policy.quality,
    alt,
    fetchPriority: priority ? "high" : undefined,
    loading: index >= FIRST_LAZY_INDEX ? "lazy" : "eager",
  });
  // eslint-disable-next-line jsx-a11y/alt-text, @next/next/no-img-element
  return <img {...props} {...upToOriginalWidth(props.srcSet, originalWidth)} />;
}

/**
 * next/image offers every device width in a `w` srcset; one wider than the original would be the
 * original again under a claim of more pixels. Keep the widths the original has, and make the
 * widest of them the fallback `src`.
 */
function upToOriginalWidth(srcSet: string | undefined, originalWidth: number): { srcSet?: string; src?: string } {
  const candidates = (srcSet ?? "").split(", ").map((entry) => ({ entry, width: Number(/ (\d+)w$/.exec(entry)?.[1] ?? NaN) }));
  if (candidates.some((c) => Number.isNaN(c.width))) return {};
  const kept = candidates.filter((c) => c.width <= originalWidth);
  if (kept.length === 0) return {};
  return { srcSet: kept.map((c) => c.entry).join(", "), src: kept.at(-1)!.entry.replace(/ \d+w$/, "") };
}
