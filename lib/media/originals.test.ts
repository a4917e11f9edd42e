import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveOriginal } from "./originals";

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
