import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveOriginal } from "./originals";
import { chooseFormat } from "./thumbnails";

describe("resolveOriginal", () => {
  it("should resolve an upload path inside the originals folder", () => {
    const file = resolveOriginal("covers/a-title.0123456789.jpg");
    assert.ok(file?.endsWith("/originals/covers/a-title.0123456789.jpg"));
  });

  for (const bad of ["../secret.0123456789.jpg", "covers/../../etc.0123456789.jpg", "/etc/passwd", "covers/x.jpg", "covers/A.0123456789.jpg", "covers/a.0123456789.gif", "other/a.0123456789.jpg", "covers/a.0123456789.jpg/.."]) {
    it(`should refuse ${bad}`, () => {
      assert.equal(resolveOriginal(bad), null);
    });
  }
});

describe("chooseFormat", () => {
  it("should serve WebP to browsers that accept it", () => {
    assert.equal(chooseFormat("covers/a.0123456789.jpg", "image/avif,image/webp,*/*"), "webp");
  });

  it("should not serve WebP to a browser that gives it a weight of zero", () => {
    assert.equal(chooseFormat("covers/a.0123456789.jpg", "image/webp;q=0, image/jpeg"), "jpeg");
    assert.equal(chooseFormat("covers/a.0123456789.png", "image/webp; q=0.0"), "png");
    assert.equal(chooseFormat("covers/a.0123456789.png", "image/webp;q=0.5"), "webp");
  });

  it("should otherwise keep PNG as PNG and JPEG as JPEG", () => {
    assert.equal(chooseFormat("covers/a.0123456789.png", "*/*"), "png");
    assert.equal(chooseFormat("covers/a.0123456789.jpg", undefined), "jpeg");
  });
});
