/**
 * How each kind of image is displayed, in CSS pixels, and how wide its uploads are: a srcset
 * never offers a width the original does not have.
 *
 * `sizes` follows app/globals.css: under 600 px cards stack and a cover spans the card, the
 * width of <main> less its 16 px padding a side; from 600 px the padding is 32 px a side and a
 * card's cover is 240 px beside its text. The hero spans the article up to 960 px.
 * `narrowest` is the least width the image is ever shown at (the hero at 320 px is 288 px), so
 * that the srcset starts from the widest thumbnail at or under it and offers nothing smaller.
 * Portraits keep one size everywhere: their srcset says 1x and 2x.
 */
export const DISPLAY = {
  portrait: { width: 60, height: 60, sizes: undefined, narrowest: 60, originalWidth: 600 },
  "portrait-large": { width: 120, height: 120, sizes: undefined, narrowest: 120, originalWidth: 600 },
  "cover-card": {
    width: 240,
    height: 135,
    sizes: "(max-width: 599px) calc(100vw - 32px), 240px",
    narrowest: 240,
    originalWidth: 960,
  },
  "cover-hero": {
    width: 960,
    height: 540,
    sizes: "(max-width: 599px) calc(100vw - 32px), (max-width: 1023px) calc(100vw - 64px), 960px",
    narrowest: 288,
    originalWidth: 960,
  },
} as const;

export type ImageKind = keyof typeof DISPLAY;
