/**
 * The only thumbnail widths and qualities fastblog makes. next.config.ts hands the widths to
 * next/image, which builds `srcset` from them, and the thumbnail endpoint refuses any other
 * width or quality with 400, so nobody can make the server resize images on demand.
 */
export const IMAGE_SIZES = [60, 120, 240, 480] as const;
export const DEVICE_SIZES = [640, 960, 1280] as const;
export const THUMBNAIL_WIDTHS: readonly number[] = [...IMAGE_SIZES, ...DEVICE_SIZES];
export const THUMBNAIL_QUALITIES = [50, 60, 70, 75, 80, 90] as const;
export const DEFAULT_THUMBNAIL_QUALITY = 75;

/**
 * How each kind of image is displayed, in CSS pixels, and how wide its uploads are: a srcset
 * never offers a width the original does not have.
 */
export const DISPLAY = {
  portrait: { width: 60, height: 60, sizes: undefined, originalWidth: 600 },
  "portrait-large": { width: 120, height: 120, sizes: undefined, originalWidth: 600 },
  "cover-card": { width: 240, height: 135, sizes: undefined, originalWidth: 960 },
  "cover-hero": { width: 960, height: 540, sizes: "(max-width: 1000px) 100vw, 960px", originalWidth: 960 },
} as const;

export type ImageKind = keyof typeof DISPLAY;
