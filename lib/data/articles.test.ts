import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTestBlog, FIXTURE, fullScansOf, recordQueries } from "../../scripts/test/blog-fixture";
import { OPTIMIZED } from "../contract/mode";
import { parsePageQuery } from "../contract/urls/blog";
import { planFor } from "../model/plan";
import { NEWEST_FIRST } from "../model/shapes";
import type { ArticlePage } from "../model/views";

const blog = createTestBlog();
const { db } = await import("../db/client");
const { listArticles } = await import("./articles");
const { listingWhere, pageIds } = await import("./listings");
const { resolvePagePlan } = await import("../request/page-plan");

after(() => blog.remove());

const optimized = resolvePagePlan(planFor(OPTIMIZED));
const slugs = (page: ArticlePage) => page.articles.map((a) => a.slug);

describe("listings", () => {
  const LISTINGS = [
    { of: "all" },
    ...[1, 2, 3].map((authorId) => ({ of: "author", authorId }) as const),
    ...FIXTURE.categories.map(({ id }) => ({ of: "category", categoryId: id }) as const),
  ] as const;

  it("should find the same articles in SQL as with Prisma's where, newest first, for every listing", async () => {
    for (const listing of LISTINGS) {
      const expected = await db.article.findMany({ where: listingWhere(listing), orderBy: [...NEWEST_FIRST], select: { id: true } });
      assert.deepEqual(await pageIds(listing, 0, 100), expected.map((a) => a.id), JSON.stringify(listing));
      assert.deepEqual(await pageIds(listing, 3, 2), expected.slice(3, 5).map((a) => a.id), JSON.stringify(listing));
    }
  });
});

describe("listArticles, a page number typed in optimized mode: a deferred join", () => {
  const CASES = [
    { name: "every article", listing: { of: "all" }, second: FIXTURE.newestFirst.slice(10, 20) },
    { name: "a category's articles", listing: { of: "category", categoryId: 1 }, second: ["article-4", "article-2"] },
  ] as const;

  for (const { name, listing, second } of CASES) {
    it(`should list page 2 of ${name} as its Next link does, in one query more: the ids along the index, then the rows by id`, async () => {
      const first = await listArticles(optimized, listing, { number: 1 });
      const next = parsePageQuery(new URLSearchParams({ page: "2", after: first.nextCursor! }));
      assert.ok(next.ok);
      const linked = await recordQueries(() => listArticles(optimized, listing, next.page));
      const typed = await recordQueries(() => listArticles(optimized, listing, { number: 2 }));
      assert.deepEqual(slugs(typed.result), second);
      assert.deepEqual(typed.result, linked.result);
      assert.equal(typed.queries.length, linked.queries.length + 1);
      const [ids, rows] = typed.queries;
      assert.match(ids!.sql, /^\s*WITH "start" AS \([\s\S]*FROM "ListingWeek"[\s\S]*SELECT a\."id" FROM "Article" AS a\b[\s\S]* LIMIT \? OFFSET \? - COALESCE/);
      assert.deepEqual(ids!.args!.slice(-2), [11, 10]);
      assert.match(rows!.sql, /`main`\.`Article`\.`id` IN \(/);
      assert.deepEqual(fullScansOf(blog, ids!), []);
      assert.deepEqual(fullScansOf(blog, rows!), []);
    });
  }

  it("should ask only for the ids of a page past the last one, in 1 query", async () => {
    const { result, queries } = await recordQueries(() => listArticles(optimized, { of: "author", authorId: 1 }, { number: 2 }));
    assert.deepEqual([result.articles, result.hasNext, queries.length], [[], false, 1]);
  });
});
