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
