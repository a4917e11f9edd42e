import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyProjectImageConfig } from "../../scripts/test/next-image";
import { DISPLAY, type ImageKind } from "../media/sizes";

applyProjectImageConfig();
const { thumbnails, withinDisplayedWidths } = await import("./thumbnails");

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
    // A card's cover spans a phone's card (up to 828 px at 2x) and is 240 px beside the text from 600 px.
    const card = thumbnails.optimized.imageProps({ src: COVER, kind: "cover-card", alt: "", index: 1 });
    assert.equal(card.srcSet, [240, 480, 640, 750, 828, 960].map((w) => `${thumb(COVER, w)} ${w}w`).join(", "));
    assert.equal(card.sizes, DISPLAY["cover-card"].sizes);
  });

  it("should offer the hero cover at no width above its original's, the widest as its src", () => {
    const hero = thumbnails.optimized.imageProps({ src: COVER, kind: "cover-hero", alt: "", index: 0 });
    // At its narrowest, 288 px on a 320 px phone, the 240 is the widest under it: nothing narrower is offered.
    assert.equal(hero.srcSet, [240, 480, 640, 750, 828, 960].map((w) => `${thumb(COVER, w)} ${w}w`).join(", "));
    assert.equal(hero.src, thumb(COVER, 960));
    assert.equal(hero.sizes, DISPLAY["cover-hero"].sizes);
  });

  it("should offer each image from the widest width at or under its narrowest display up to its original's, never more", () => {
    for (const kind of Object.keys(DISPLAY) as ImageKind[]) {
      const { width, narrowest, originalWidth, sizes } = DISPLAY[kind];
      const widths = widthsOf(thumbnails.optimized.imageProps({ src: COVER, kind, alt: "", index: 0 }).srcSet);
      assert.ok(widths.length > 0, kind);
      assert.ok(Math.max(...widths) <= (sizes ? originalWidth : Math.min(2 * width, originalWidth)), `${kind}: ${widths.join(", ")}`);
      assert.ok(widths.filter((w) => w <= narrowest).length <= 1, `${kind}: ${widths.join(", ")}`);
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

  describe("withinDisplayedWidths", () => {
    const srcSet = ["/a?w=240 240w", "/a?w=480 480w", "/a?w=640 640w", "/a?w=960 960w", "/a?w=1280 1280w"].join(", ");

    it("should keep the widths the original has, and make the widest of them the src", () => {
      assert.deepEqual(withinDisplayedWidths(srcSet, 0, 960), {
        srcSet: "/a?w=240 240w, /a?w=480 480w, /a?w=640 640w, /a?w=960 960w",
        src: "/a?w=960",
      });
      assert.deepEqual(withinDisplayedWidths(srcSet, 0, 1280), { srcSet, src: "/a?w=1280" });
    });

    it("should offer nothing narrower than the widest width at or under the narrowest display", () => {
      assert.deepEqual(withinDisplayedWidths(srcSet, 288, 960), {
        srcSet: "/a?w=240 240w, /a?w=480 480w, /a?w=640 640w, /a?w=960 960w",
        src: "/a?w=960",
      });
      assert.deepEqual(withinDisplayedWidths(srcSet, 500, 960), { srcSet: "/a?w=480 480w, /a?w=640 640w, /a?w=960 960w", src: "/a?w=960" });
    });

    it("should leave a srcset alone when it has no width descriptors, none at all, or no width the original has", () => {
      assert.deepEqual(withinDisplayedWidths("/a?w=60 1x, /a?w=120 2x", 60, 600), {});
      assert.deepEqual(withinDisplayedWidths(undefined, 60, 600), {});
      assert.deepEqual(withinDisplayedWidths(srcSet, 0, 200), {});
    });
  });
});
