import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRandom } from "../lib/media/generate";
import { BIO_PARTS } from "./corpus";
import { MOST_COMMENTS, SEED } from "./seed-layout";
import { textPools } from "./seed-scale-text";
import { doubledWord, drawFrom } from "./seed-text";

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe("textPools", () => {
  // The stream scaleBlog draws them from.
  const make = () => textPools(drawFrom(createRandom(SEED + 1)));
  const pools = make();
  const comments = [...pools.threads.values()].flat(2);

  it("should compose the same pools from the same seed", () => {
    assert.deepEqual(make(), pools);
  });

  it("should put no word twice in a row in any title, excerpt, body, bio or comment of the pools", () => {
    const texts = [...pools.articles.flatMap((a) => [a.title, a.excerpt, a.body]), ...pools.bios, ...comments];
    assert.deepEqual(
      texts.filter((text) => doubledWord(text) !== null),
      [],
    );
  });

  it("should keep seed version 1's lengths: bodies of 4 to 8 paragraphs, about 2,050 characters, and bios of 3 to 6 sentences", () => {
    const paragraphs = pools.articles.map((a) => a.body.split("\n\n").length);
    assert.ok(paragraphs.every((n) => n >= 4 && n <= 8));
    assert.ok(Math.abs(mean(pools.articles.map((a) => a.body.length)) / 2_052 - 1) < 0.1);
    const parts = Object.values(BIO_PARTS).flat();
    assert.ok(pools.bios.every((bio) => parts.filter((part) => bio.includes(part)).length >= 3));
    assert.ok(pools.bios.every((bio) => parts.filter((part) => bio.includes(part)).length <= 6));
  });

  it("should hold threads of as many different comments as an article can have", () => {
    assert.ok(comments.length > 0);
    for (const threads of pools.threads.values()) {
      for (const thread of threads) assert.equal(new Set(thread).size, MOST_COMMENTS);
    }
  });
});
