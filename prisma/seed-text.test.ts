import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createRandom } from "../lib/media/generate";
import { BIO_PARTS, CLOSINGS, GENERAL_COMMENTS, TOPICS } from "./corpus";
import { CATEGORIES, EMPTY_CATEGORY_COUNT } from "./seed-data";
import { MOST_COMMENTS } from "./seed-layout";
import { composeBio, composeBody, composeComments, doubledWord, drawFrom, wordsOf } from "./seed-text";

describe("the words a doubled word is looked for in", () => {
  it("should compare words without case or the punctuation around them", () => {
    assert.deepEqual(wordsOf("HTML loads CSS, CSS loads — a font."), ["html", "loads", "css", "css", "loads", "a", "font"]);
    assert.equal(doubledWord("The browser can reuse it. It pays off."), "it");
    assert.equal(doubledWord("From HTTP/1.1 to HTTP/2, an N+1 is 1+1 requests too many."), null);
  });
});

describe("the corpus", () => {
  const texts = [
    ...TOPICS.flatMap((t) => [...t.articles.flatMap((a) => [a.title, a.excerpt]), ...t.paragraphs, ...t.comments]),
    ...CLOSINGS,
    ...GENERAL_COMMENTS,
    ...Object.values(BIO_PARTS).flat(),
  ];

  it("should hold at least 150 paragraphs, 200 comments and no text twice", () => {
    assert.ok(TOPICS.flatMap((t) => t.paragraphs).length + CLOSINGS.length >= 150);
    assert.ok(TOPICS.flatMap((t) => t.comments).length + GENERAL_COMMENTS.length >= 200);
    assert.equal(new Set(texts).size, texts.length);
  });

  it("should put no word twice in a row in any of its texts", () => {
    assert.deepEqual(
      texts.filter((text) => doubledWord(text) !== null),
      [],
    );
  });

  it("should give each topic enough paragraphs for the longest body, comments, and categories that exist and are not the empty ones", () => {
    const filled = CATEGORIES.slice(0, CATEGORIES.length - EMPTY_CATEGORY_COUNT).map(([name]) => name);
    for (const topic of TOPICS) {
      assert.ok(topic.paragraphs.length >= 8 && topic.comments.length > 0 && topic.articles.length > 0);
      assert.ok(topic.categories.length >= 2 && topic.categories.every((name) => filled.includes(name)), topic.categories.join());
    }
    assert.deepEqual(new Set(TOPICS.flatMap((t) => t.categories)), new Set(filled), "every filled category belongs to a topic");
  });
});

describe("composing", () => {
  const draw = () => drawFrom(createRandom(7));

  it("should make bodies of the paragraphs asked for, from the topic and at most one closing paragraph", () => {
    const topic = TOPICS[0]!;
    for (let paragraphs = 4; paragraphs <= 8; paragraphs += 1) {
      const body = composeBody(topic, paragraphs, draw()).split("\n\n");
      assert.equal(body.length, paragraphs);
      assert.equal(new Set(body).size, paragraphs);
      assert.ok(body.slice(0, -1).every((p) => topic.paragraphs.includes(p)));
      assert.ok(topic.paragraphs.includes(body.at(-1)!) || CLOSINGS.includes(body.at(-1)!));
    }
  });

  it("should make bios of three to six sentences, in the order role, past, interests, life", () => {
    for (let sentences = 3; sentences <= 6; sentences += 1) {
      const bio = composeBio(sentences, draw());
      const [role, past, ...rest] = [...BIO_PARTS.roles, ...BIO_PARTS.past, ...BIO_PARTS.interests, ...BIO_PARTS.life].filter((part) =>
        bio.includes(part),
      );
      assert.ok(BIO_PARTS.roles.some((r) => r === role) && BIO_PARTS.past.some((p) => p === past));
      assert.equal(rest.length, sentences - 2);
      assert.ok(bio.startsWith(role!) && bio.endsWith(rest.find((part) => BIO_PARTS.life.some((l) => l === part))!));
    }
  });

  it("should give an article different comments, from its topic and the general ones", () => {
    const topic = TOPICS[3]!;
    const comments = composeComments(topic, MOST_COMMENTS, draw());
    assert.equal(new Set(comments).size, MOST_COMMENTS);
    assert.ok(comments.every((c) => topic.comments.includes(c) || GENERAL_COMMENTS.includes(c)));
    assert.ok(comments.some((c) => topic.comments.includes(c)));
  });

  it("should compose the same texts from the same seed", () => {
    const topic = TOPICS[5]!;
    const make = () => {
      const d = draw();
      return [composeBody(topic, 6, d), composeBio(5, d), composeComments(topic, 12, d)];
    };
    assert.deepEqual(make(), make());
  });
});
