import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTestBlog, FIXTURE, fullScansOf, publishedAt, recordQueries } from "../../scripts/test/blog-fixture";
import { formatCursor, type Cursor, type PageQuery } from "../contract/urls/blog";
import { NEWEST_FIRST, OLDEST_FIRST } from "../model/shapes";
import type { Variant } from "../model/plan";

const blog = createTestBlog();
const { db } = await import("../db/client");
const { newerThan, olderThan, pageOf, pagination } = await import("./pagination");

after(() => blog.remove());

const CURSOR: Cursor = { publishedAt: new Date("2024-01-11T00:00:00Z"), id: 11 };

/** Rows 1 to n, newest first as the database would give them: ids n down to 1. */
const rowsDown = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: from - i, publishedAt: new Date(Date.UTC(2024, 0, from - i)) }));

/**
 * One page of the test blog, fetched and shown as lib/data/articles.ts does. A deferred join's ids
 * come from Prisma's query API here, the same walk along the index as the SQL of
 * lib/data/listings.ts, which lib/data/articles.test.ts runs.
 */
async function showPage(variant: Variant, page: PageQuery) {
  const window = pagination[variant].window(page);
  const shown = { orderBy: window.orderBy, select: { id: true, slug: true, publishedAt: true } };
  const list = { where: window.where, orderBy: window.orderBy, skip: window.skip, take: window.take };
  if (!window.idsFirst) return pageOf(pagination[variant], page, await db.article.findMany({ ...list, ...shown }));
  // A deferred join: the page's ids along the index, then its rows by primary key; none past the last page.
  const ids = (await db.article.findMany({ ...list, select: { id: true } })).map((r) => r.id);
  const fetched = ids.length === 0 ? [] : await db.article.findMany({ ...shown, where: { id: { in: ids } } });
  return pageOf(pagination[variant], page, fetched);
}

describe("pagination", () => {
  it("should show 50 articles without page links in naive mode, and 10 with Previous and Next in optimized mode", () => {
    assert.deepEqual([pagination.naive.pageSize, pagination.naive.pageLinks], [50, false]);
    assert.deepEqual([pagination.optimized.pageSize, pagination.optimized.pageLinks], [10, true]);
  });

  it("should fetch a page number as an offset, one row more than a page, in both modes", () => {
    const offset = (skip: number, take: number, idsFirst: boolean) => ({
      where: {},
      orderBy: [...NEWEST_FIRST],
      skip,
      take,
      reversed: false,
      idsFirst,
    });
    assert.deepEqual(pagination.naive.window({ number: 3 }), offset(100, 51, false));
    assert.deepEqual(pagination.optimized.window({ number: 3 }), offset(20, 11, true));
    assert.deepEqual(pagination.optimized.window({ number: 1 }), offset(0, 11, false));
  });

  it("should look a typed page number's ids up first in optimized mode only: a deferred join past page 1, never for a cursor", () => {
    assert.equal(pagination.optimized.window({ number: 2000 }).idsFirst, true);
    assert.equal(pagination.naive.window({ number: 2000 }).idsFirst, false);
    assert.equal(pagination.optimized.window({ number: 2000, after: CURSOR }).idsFirst, false);
    assert.equal(pagination.optimized.window({ number: 2000, before: CURSOR }).idsFirst, false);
  });

  it("should start an optimized page at its cursor: after it newest first, before it oldest first and turned around", () => {
    assert.deepEqual(pagination.optimized.window({ number: 2, after: CURSOR }), {
      where: olderThan(CURSOR),
      orderBy: [...NEWEST_FIRST],
      skip: 0,
      take: 11,
      reversed: false,
      idsFirst: false,
    });
    assert.deepEqual(pagination.optimized.window({ number: 2, before: CURSOR }), {
      where: newerThan(CURSOR),
      orderBy: [...OLDEST_FIRST],
      skip: 0,
      take: 11,
      reversed: true,
      idsFirst: false,
    });
  });

  it("should ignore a cursor in naive mode, where a page is always an offset", () => {
    assert.deepEqual(pagination.naive.window({ number: 2, after: CURSOR }), pagination.naive.window({ number: 2 }));
  });

  it("should write the keyset ranges with their range first, and the id breaking ties", () => {
    const t = CURSOR.publishedAt;
    assert.deepEqual(olderThan(CURSOR), { publishedAt: { lte: t }, OR: [{ publishedAt: { lt: t } }, { id: { lt: 11 } }] });
    assert.deepEqual(newerThan(CURSOR), { publishedAt: { gte: t }, OR: [{ publishedAt: { gt: t } }, { id: { gt: 11 } }] });
  });

  describe("pageOf", () => {
    const optimized = pagination.optimized;

    it("should show page 1 with a Next but no Previous when a row more than a page came", () => {
      const fetched = rowsDown(30, 11);
      const page = pageOf(optimized, { number: 1 }, fetched);
      assert.deepEqual(
        page.rows.map((r) => r.id),
        [30, 29, 28, 27, 26, 25, 24, 23, 22, 21],
      );
      assert.deepEqual([page.page, page.pageSize, page.pageLinks, page.hasPrevious, page.hasNext], [1, 10, true, false, true]);
      assert.equal(page.previousCursor, formatCursor(fetched[0]!));
      assert.equal(page.nextCursor, formatCursor(fetched[9]!));
    });

    it("should show the last page without Next when no more than a page came", () => {
      const page = pageOf(optimized, { number: 3, after: CURSOR }, rowsDown(10, 4));
      assert.deepEqual([page.rows.length, page.hasPrevious, page.hasNext], [4, true, false]);
    });

    it("should turn a Previous page around, give it a Next, and a Previous only when a row more came", () => {
      const oldestFirst = rowsDown(30, 11).reverse();
      const deep = pageOf(optimized, { number: 3, before: CURSOR }, oldestFirst);
      assert.deepEqual(
        deep.rows.map((r) => r.id),
        [29, 28, 27, 26, 25, 24, 23, 22, 21, 20],
      );
      assert.deepEqual([deep.hasPrevious, deep.hasNext], [true, true]);
      assert.equal(deep.previousCursor, formatCursor({ id: 29, publishedAt: new Date(Date.UTC(2024, 0, 29)) }));
      // No row more: the page reaches the newest article, whatever number the link gave it.
      const newest = pageOf(optimized, { number: 2, before: CURSOR }, oldestFirst.slice(0, 10));
      assert.deepEqual([newest.hasPrevious, newest.hasNext], [false, true]);
    });

    it("should show an empty page past the end with no cursors", () => {
      const page = pageOf(optimized, { number: 9 }, []);
      assert.deepEqual([page.rows, page.hasPrevious, page.hasNext, page.previousCursor, page.nextCursor], [[], true, false, null, null]);
    });

    it("should show 50 rows in naive mode, without page links", () => {
      const page = pageOf(pagination.naive, { number: 1 }, rowsDown(60, 51));
      assert.deepEqual([page.rows.length, page.pageLinks, page.hasNext], [50, false, true]);
    });
  });

  describe("against the test blog", () => {
    it("should list every article once through Next, and come back through Previous, in 1 query a page", async () => {
      const shown: string[][] = [];
      let page: PageQuery = { number: 1 };
      const pages = [];
      for (let number = 1; number <= 3; number += 1) {
        const { result, queries } = await recordQueries(() => showPage("optimized", page));
        assert.equal(queries.length, 1, `page ${number}`);
        assert.equal(result.hasNext, number < 3, `page ${number}`);
        shown.push(result.rows.map((r) => r.slug));
        pages.push(result);
        page = { number: number + 1, after: { id: result.rows.at(-1)!.id, publishedAt: result.rows.at(-1)!.publishedAt } };
      }
      assert.deepEqual(shown.flat(), FIXTURE.newestFirst);
      assert.deepEqual(
        shown.map((rows) => rows.length),
        [10, 10, 5],
      );
      const third = pages[2]!.rows[0]!;
      const back = await showPage("optimized", { number: 2, before: { id: third.id, publishedAt: third.publishedAt } });
      assert.deepEqual(
        back.rows.map((r) => r.slug),
        shown[1],
      );
      assert.deepEqual([back.hasPrevious, back.hasNext], [true, true]);
    });

    it("should keep articles published at the same moment apart by their id across a page boundary", async () => {
      // Articles 11 and 10 share their moment; a page ending on 11 continues with 10.
      const after = { id: 11, publishedAt: publishedAt(11) };
      const page = await showPage("optimized", { number: 2, after });
      assert.deepEqual(page.rows.map((r) => r.slug).slice(0, 2), ["article-10", "article-9"]);
    });

    it("should list all 25 articles on naive page 1 in 1 query", async () => {
      const { result, queries } = await recordQueries(() => showPage("naive", { number: 1 }));
      assert.equal(queries.length, 1);
      assert.deepEqual(
        result.rows.map((r) => r.slug),
        FIXTURE.newestFirst,
      );
      assert.equal(result.hasNext, false);
    });

    it("should seek to a cursor's page in the index, O(page) however deep", async () => {
      const cursor = await recordQueries(() => showPage("optimized", { number: 3, after: { id: 6, publishedAt: publishedAt(6) } }));
      assert.deepEqual(fullScansOf(blog, cursor.queries[0]!), []);
    });
  });

  describe("a typed page number in optimized mode, a deferred join, against the test blog", () => {
    it("should list pages 2 and 3 as their Next links do, each in 2 queries: the ids along the index, then the rows by id", async () => {
      let after: Cursor = { id: 16, publishedAt: publishedAt(16) };
      for (const number of [2, 3]) {
        const typed = await recordQueries(() => showPage("optimized", { number }));
        const linked = await showPage("optimized", { number, after });
        assert.deepEqual(
          typed.result.rows.map((r) => r.slug),
          linked.rows.map((r) => r.slug),
          `page ${number}`,
        );
        assert.deepEqual([typed.result.hasPrevious, typed.result.hasNext], [linked.hasPrevious, linked.hasNext], `page ${number}`);
        assert.equal(typed.queries.length, 2, `page ${number}`);
        assert.deepEqual(
          typed.queries.map((q) => fullScansOf(blog, q)),
          [[], []],
          `page ${number}`,
        );
        after = { id: linked.rows.at(-1)!.id, publishedAt: linked.rows.at(-1)!.publishedAt };
      }
    });

    it("should walk the index only for the ids, where naive mode's OFFSET walks the table's rows", async () => {
      const typed = await recordQueries(() => showPage("optimized", { number: 2 }));
      const naive = await recordQueries(() => showPage("naive", { number: 2 }));
      assert.match(typed.queries[0]!.sql, /^SELECT `main`\.`Article`\.`id` FROM `main`\.`Article` WHERE .* LIMIT \? OFFSET \?$/);
      assert.deepEqual(fullScansOf(blog, typed.queries[0]!), []);
      assert.deepEqual(fullScansOf(blog, naive.queries[0]!), ["Article"]);
    });

    it("should ask only for the ids of a page past the last one, in 1 query", async () => {
      const { result, queries } = await recordQueries(() => showPage("optimized", { number: 4 }));
      assert.deepEqual([result.rows, result.hasNext, queries.length], [[], false, 1]);
    });
  });
});
