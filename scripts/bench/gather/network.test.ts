import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { initiatorUrl } from "./network";

describe("what CDP says about a request", () => {
  it("should find the page, stylesheet or script that made a request", () => {
    assert.equal(initiatorUrl({ type: "parser", url: "http://x/a.css" }), "http://x/a.css");
    assert.equal(
      initiatorUrl({ type: "script", stack: { callFrames: [{ url: "" }], parent: { callFrames: [{ url: "http://x/s.js" }] } } }),
      "http://x/s.js",
    );
    assert.equal(initiatorUrl({ type: "other" }), null);
  });
});
