import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyProjectImageConfig } from "../../scripts/test/next-image";
import { DISPLAY, type ImageKind } from "../media/sizes";

applyProjectImageConfig();
const { thumbnails, upToOriginalWidth } = await import("./thumbnails");

const PORTRAIT = "portraits/ada.0123456789.jpg";
const COVER = "covers/brotli.0123456789.jpg";
const thumb = (original: string, width: number) => `/thumbs/${original}?w=${width}&q=75`;

/** The widths a srcset offers, from its `w` descriptors or its URLs' `?w=`. */
const widthsOf = (srcSet: string | undefined) => [...(srcSet ?? "").matchAll(/\?w=(\d+)/g)].map((m) => Number(m[1]));

describe("thumbnails", () => {
  it("should point naive images at the uploaded original, sized only by the page, never lazy", () => {
    assert.deepEqual(thumbnails.naive.imageProps({ src: PORTRAIT, kind: "portrait", alt: "Ada", index: 5 }), {
      className: "img-portrait",
      src: `/media/${PORTRAIT}`,
      width: 60,
      height: 60,
      alt: "Ada",
    });
  });

  it("should point optimized images at thumbnails of the displayed size and twice it", () => {
    const portrait = thumbnails.optimized.imageProps({ src: PORTRAIT, kind: "portrait", alt: "Ada", index: 1 });
    assert.equal(portrait.srcSet, `${thumb(PORTRAIT, 60)} 1x, ${thumb(PORTRAIT, 120)} 2x`);
    assert.deepEqual([portrait.width, portrait.height, portrait.loading], [60, 60, "eager"]);
    const card = thumbnails.optimized.imageProps({ src: COVER, kind: "cover-card", alt: "", index: 1 });
    assert.equal(card.srcSet, `${thumb(COVER, 240)} 1x, ${thumb(COVER, 480)} 2x`);
  });

  it("should offer the hero cover at no width above its original's, the widest as its src", () => {
    const hero = thumbnails.optimized.imageProps({ src: COVER, kind: "cover-hero", alt: "", index: 0 });
    assert.equal(hero.srcSet, `${thumb(COVER, 640)} 640w, ${thumb(COVER, 960)} 960w`);
    assert.equal(hero.src, thumb(COVER, 960));
    assert.equal(hero.sizes, DISPLAY["cover-hero"].sizes);
  });

  it("should cost fewer pixels optimized: no image wider than twice its display, where naive sends the upload", () => {
    for (const kind of Object.keys(DISPLAY) as ImageKind[]) {
      const { width, originalWidth } = DISPLAY[kind];
      const widths = widthsOf(thumbnails.optimized.imageProps({ src: COVER, kind, alt: "", index: 0 }).srcSet);
      assert.ok(widths.length > 0, kind);
      assert.ok(Math.max(...widths) <= Math.min(2 * width, originalWidth), `${kind}: ${widths.join(", ")}`);
    }
  });

  it("should load the first three images at once and the rest lazily, and hurry only the first cover", () => {
    const props = (kind: ImageKind, index: number) => thumbnails.optimized.imageProps({ src: COVER, kind, alt: "", index });
    assert.deepEqual(
      [0, 1, 2, 3, 9].map((index) => props("cover-card", index).loading),
      ["eager", "eager", "eager", "lazy", "lazy"],
    );
    assert.equal(props("cover-card", 0).fetchPriority, "high");
    assert.equal(props("cover-card", 1).fetchPriority, undefined);
    assert.equal(props("portrait", 0).fetchPriority, undefined);
  });

  describe("upToOriginalWidth", () => {
    const srcSet = ["/a?w=640 640w", "/a?w=960 960w", "/a?w=1280 1280w"].join(", ");

    it("should keep the widths the original has, and make the widest of them the src", () => {
      assert.deepEqual(upToOriginalWidth(srcSet, 960), { srcSet: "/a?w=640 640w, /a?w=960 960w", src: "/a?w=960" });
      assert.deepEqual(upToOriginalWidth(srcSet, 1280), { srcSet, src: "/a?w=1280" });
    });

    it("should leave a srcset alone when it has no width descriptors, none at all, or no width the original has", () => {
      assert.deepEqual(upToOriginalWidth("/a?w=60 1x, /a?w=120 2x", 600), {});
      assert.deepEqual(upToOriginalWidth(undefined, 600), {});
      assert.deepEqual(upToOriginalWidth(srcSet, 480), {});
    });
  });
});
