import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maxAgeSeconds } from "./caching";

describe("what a response's headers say about caching", () => {
  it("should read a browser's max-age, not a shared cache's s-maxage", () => {
    assert.equal(maxAgeSeconds("public, max-age=31536000, immutable"), 31_536_000);
    assert.equal(maxAgeSeconds("s-maxage=86400"), 0);
    assert.equal(maxAgeSeconds("s-maxage=86400, max-age=60"), 60);
    assert.equal(maxAgeSeconds(null), 0);
  });
});
