import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { escapeHtml, unescapeHtml } from "./html";

describe("HTML escaping", () => {
  it("should read back what it escaped, a link's query string included", () => {
    const href = `/?page=3&after=1700000000000-42 <"it's">`;
    assert.equal(escapeHtml(href), "/?page=3&amp;after=1700000000000-42 &lt;&quot;it&#39;s&quot;&gt;");
    assert.equal(unescapeHtml(escapeHtml(href)), href);
  });
});
