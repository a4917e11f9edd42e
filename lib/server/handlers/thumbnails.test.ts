import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chooseFormat } from "./thumbnails";

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
