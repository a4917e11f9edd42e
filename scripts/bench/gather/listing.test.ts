import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countCards, nextLink } from "./listing";

const page = `<main><article class="card"><h2>One</h2></article><article class="card featured"><h2>Two</h2></article>
<article class="notice">not a card</article><nav><a rel="prev" href="/?page=1">← Previous</a>
<a href="/?page=3&amp;after=1700000000000-42" rel="next">Next →</a></nav></main>`;

describe("a listing page read as a reader reads it", () => {
  it("should count the article cards it shows, and nothing else", () => {
    assert.equal(countCards(page), 2);
    assert.equal(countCards("<p>No articles yet.</p>"), 0);
  });

  it("should follow its Next link, whatever the attributes' order, with the query string read back from HTML", () => {
    assert.equal(nextLink(page), "/?page=3&after=1700000000000-42");
    assert.equal(nextLink(`<a rel="prev" href="/?page=1">← Previous</a>`), null);
  });
});
