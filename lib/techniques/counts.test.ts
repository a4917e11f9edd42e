import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTestBlog, recordQueries } from "../../scripts/test/blog-fixture";
import { NEWEST_FIRST } from "../model/shapes";

const blog = createTestBlog();
const { db } = await import("../db/client");
const { counts } = await import("./counts");

after(() => blog.remove());

/** The categories that have articles, by name, with how many each has. */
const SUMMARIES = [
  { slug: "databases", name: "Databases", articleCount: 12 },
  { slug: "performance", name: "Performance", articleCount: 8 },
  { slug: "testing", name: "Testing", articleCount: 13 },
];

describe("counts", () => {
  it("should select nothing to count in naive mode, and the kept counter in optimized mode", () => {
    assert.deepEqual(counts.naive.select, {});
    assert.deepEqual(counts.optimized.select, { commentCount: true });
  });

  it("should count a listed article's comments in 1 query each naive, and in none optimized, to the same numbers", async () => {
    const rows = await db.article.findMany({ select: { id: true, commentCount: true }, orderBy: [...NEWEST_FIRST], take: 10 });
    const naive = await recordQueries(() => Promise.all(rows.map((row) => counts.naive.commentCount({ id: row.id }))));
    const optimized = await recordQueries(() => Promise.all(rows.map((row) => counts.optimized.commentCount(row))));
    assert.equal(naive.queries.length, 10);
    assert.equal(optimized.queries.length, 0);
    // Article i has i mod 4 comments: articles 25 down to 16.
    assert.deepEqual(naive.result, [1, 0, 3, 2, 1, 0, 3, 2, 1, 0]);
    assert.deepEqual(optimized.result, naive.result);
  });

  it("should list the category index in 1 + C queries naive (5) and 1 optimized, leaving the empty category out", async () => {
    const naive = await recordQueries(() => counts.naive.listCategorySummaries());
    const optimized = await recordQueries(() => counts.optimized.listCategorySummaries());
    assert.equal(naive.queries.length, 1 + 4);
    assert.equal(optimized.queries.length, 1);
    assert.deepEqual(naive.result, SUMMARIES);
    assert.deepEqual(optimized.result, SUMMARIES);
  });
});
