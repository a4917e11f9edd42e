import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTestBlog, recordQueries } from "../../scripts/test/blog-fixture";
import { hasLimit } from "../debug/full-scans";

const blog = createTestBlog();
const { exists } = await import("./exists");

after(() => blog.remove());

const DATABASES = 1;
const EMPTY = 3;

describe("exists", () => {
  for (const [name, id, expected] of [
    ["a category with articles", DATABASES, true],
    ["the empty category", EMPTY, false],
  ] as const) {
    it(`should tell ${name} ${expected ? "has" : "has no"} articles in 1 query in both modes`, async () => {
      const naive = await recordQueries(() => exists.naive.categoryHasArticles(id));
      const optimized = await recordQueries(() => exists.optimized.categoryHasArticles(id));
      assert.equal(naive.result, expected);
      assert.equal(optimized.result, expected);
      assert.equal(naive.queries.length, 1);
      assert.equal(optimized.queries.length, 1);
    });
  }

  it("should load every article of the category in naive mode, and stop at the first id in optimized mode", async () => {
    const [naive] = (await recordQueries(() => exists.naive.categoryHasArticles(DATABASES))).queries;
    const [optimized] = (await recordQueries(() => exists.optimized.categoryHasArticles(DATABASES))).queries;
    assert.equal(hasLimit(naive!.sql, naive!.args!), false);
    assert.match(naive!.sql, /[`"]body[`"]/);
    assert.equal(hasLimit(optimized!.sql, optimized!.args!), true);
    assert.match(optimized!.sql, /^SELECT [`"]main[`"]\.[`"]Article[`"]\.[`"]id[`"] FROM /);
  });

  it("should list the sidebar's categories in 1 + C queries naive (5) and 1 optimized, leaving the empty one out", async () => {
    const naive = await recordQueries(() => exists.naive.listCategoriesWithArticles());
    const optimized = await recordQueries(() => exists.optimized.listCategoriesWithArticles());
    assert.equal(naive.queries.length, 1 + 4);
    assert.equal(optimized.queries.length, 1);
    const shown = [
      { slug: "databases", name: "Databases" },
      { slug: "performance", name: "Performance" },
      { slug: "testing", name: "Testing" },
    ];
    assert.deepEqual(naive.result, shown);
    assert.deepEqual(optimized.result, shown);
  });
});
