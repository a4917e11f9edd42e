import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTestBlog, recordQueries } from "../../scripts/test/blog-fixture";

const blog = createTestBlog();
const { eagerLoading } = await import("./eager-loading");
const { firstItem } = await import("./first-item");

after(() => blog.remove());

/** An article as its page loaded it, comments included. */
async function loaded(slug: string) {
  const article = await eagerLoading.optimized.getArticle(slug);
  assert.ok(article, slug);
  return article;
}

describe("first-item", () => {
  it("should ask the database again for the first comment in naive mode, 1 query, and take it from the list in optimized mode, none", async () => {
    // article-3 has three comments, inserted latest first: the earliest has the highest id.
    const article = await loaded("article-3");
    const naive = await recordQueries(() => firstItem.naive.firstComment(article));
    const optimized = await recordQueries(() => firstItem.optimized.firstComment(article));
    assert.equal(naive.queries.length, 1);
    assert.equal(optimized.queries.length, 0);
    assert.equal(naive.result?.authorName, "Reader 1");
    assert.deepEqual(optimized.result, naive.result);
    assert.deepEqual(optimized.result, article.comments[0]);
  });

  it("should answer null for an article without comments, after 1 query naive and none optimized", async () => {
    const article = await loaded("article-4");
    assert.deepEqual(article.comments, []);
    const naive = await recordQueries(() => firstItem.naive.firstComment(article));
    const optimized = await recordQueries(() => firstItem.optimized.firstComment(article));
    assert.equal(naive.result, null);
    assert.equal(optimized.result, null);
    assert.equal(naive.queries.length, 1);
    assert.equal(optimized.queries.length, 0);
  });
});
