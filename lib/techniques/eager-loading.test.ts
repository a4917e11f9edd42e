import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTestBlog, FIXTURE, recordQueries } from "../../scripts/test/blog-fixture";
import { ARTICLE_CARD, NEWEST_FIRST } from "../model/shapes";
import type { Variant } from "../model/plan";

const blog = createTestBlog();
const { db } = await import("../db/client");
const { eagerLoading } = await import("./eager-loading");

after(() => blog.remove());

/** The newest `n` articles listed as lib/data/articles.ts lists them, with each one's author and categories. */
async function listWithRelations(variant: Variant, n: number) {
  const technique = eagerLoading[variant];
  const rows = await db.article.findMany({
    ...technique.strategy(),
    select: { ...ARTICLE_CARD, ...technique.select },
    orderBy: [...NEWEST_FIRST],
    take: n,
  });
  const listed = [];
  for (const row of rows) listed.push({ slug: row.slug, ...(await technique.relations(row)) });
  return listed;
}

describe("eager-loading", () => {
  it("should select the author's id in naive mode, and the author card and categories in optimized mode", () => {
    assert.deepEqual(eagerLoading.naive.select, { authorId: true });
    assert.deepEqual(Object.keys(eagerLoading.optimized.select), ["author", "categories"]);
    // SQLite has no relation joins: both load relations with queries of their own.
    assert.deepEqual(eagerLoading.naive.strategy(), {});
    assert.deepEqual(eagerLoading.optimized.strategy(), {});
  });

  for (const n of [1, 10, FIXTURE.articles]) {
    it(`should list ${n} articles' relations in 2N queries naive (${2 * n}) and 2 optimized, plus the list query`, async () => {
      const naive = await recordQueries(() => listWithRelations("naive", n));
      const optimized = await recordQueries(() => listWithRelations("optimized", n));
      assert.equal(naive.queries.length, 1 + 2 * n);
      assert.equal(optimized.queries.length, 1 + 2);
      assert.equal(naive.result.length, n);
      assert.deepEqual(optimized.result, naive.result);
    });
  }

  it("should fetch the same author again for each of their articles in naive mode", async () => {
    const { queries } = await recordQueries(() => listWithRelations("naive", 10));
    const authorQueries = queries.filter((q) => /FROM [`"]?main[`"]?\.[`"]?Author[`"]?/.test(q.sql));
    assert.equal(authorQueries.length, 10);
    assert.equal(new Set(authorQueries.map((q) => q.params)).size, 3);
  });

  it("should load an article page in 4 + C queries naive and 4 optimized on SQLite, with the same content", async () => {
    // article-6 is in Databases and Performance: C = 2.
    const naive = await recordQueries(() => eagerLoading.naive.getArticle("article-6"));
    const optimized = await recordQueries(() => eagerLoading.optimized.getArticle("article-6"));
    assert.equal(naive.queries.length, 4 + 2);
    assert.equal(optimized.queries.length, 4);
    assert.deepEqual(optimized.result, naive.result);
    assert.deepEqual(
      naive.result?.categories.map((c) => c.slug),
      ["databases", "performance"],
    );
    assert.deepEqual(
      naive.result?.related.map((r) => r.slug),
      ["article-24", "article-22", "article-21", "article-20"],
    );
    assert.deepEqual(
      naive.result?.comments.map((c) => c.authorName),
      ["Reader 1", "Reader 2"],
    );
  });

  it("should answer null for an unknown article after 1 query in both modes", async () => {
    for (const variant of ["naive", "optimized"] as const) {
      const { result, queries } = await recordQueries(() => eagerLoading[variant].getArticle("no-such-article"));
      assert.equal(result, null, variant);
      assert.equal(queries.length, 1, variant);
    }
  });
});
