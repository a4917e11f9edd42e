import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maxAgeSeconds } from "./caching";
import { initiatorUrl, serverTimingOf } from "./network";

describe("what CDP says about a request", () => {
  it("should find the page, stylesheet or script that made a request", () => {
    assert.equal(initiatorUrl({ type: "parser", url: "http://x/a.css" }), "http://x/a.css");
    assert.equal(initiatorUrl({ type: "script", stack: { callFrames: [{ url: "" }], parent: { callFrames: [{ url: "http://x/s.js" }] } } }), "http://x/s.js");
    assert.equal(initiatorUrl({ type: "other" }), null);
  });

  it("should read Server-Timing figures, with commas inside a description", () => {
    const header = 'db;dur=3.50;desc="4 queries", dup;desc="0", total;dur=19.20, mode;desc="eager-loading,pagination", req;desc="7"';
    assert.deepEqual(serverTimingOf(header, "db"), { dur: 3.5, desc: "4 queries" });
    assert.deepEqual(serverTimingOf(header, "mode"), { dur: null, desc: "eager-loading,pagination" });
    assert.deepEqual(serverTimingOf(header, "total"), { dur: 19.2, desc: null });
    assert.deepEqual(serverTimingOf(null, "db"), { dur: null, desc: null });
  });

  it("should read a browser's max-age, not a shared cache's s-maxage", () => {
    assert.equal(maxAgeSeconds("public, max-age=31536000, immutable"), 31_536_000);
    assert.equal(maxAgeSeconds("s-maxage=86400"), 0);
    assert.equal(maxAgeSeconds("s-maxage=86400, max-age=60"), 60);
    assert.equal(maxAgeSeconds(null), 0);
  });
});
