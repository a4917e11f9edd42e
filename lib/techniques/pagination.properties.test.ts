import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import type { PrismaClient } from "../generated/prisma/client";
import type { Cluster } from "../../scripts/postgres-cluster";
import { migratedPostgres, migratedSqliteClient, POSTGRES_SKIP } from "../../scripts/test/migrated-databases";
import { EARLIEST_CURSOR_TIME, LATEST_CURSOR_TIME, MAX_ARTICLE_ID, parsePageQuery, type Cursor } from "../contract/urls/blog";
import { pagination } from "./pagination";

/**
 * Every cursor the parser takes (lib/contract/urls/blog.ts) must run in a real query on both
 * databases and find the rows JavaScript's own comparison finds: a time the parser lets through
 * but a database cannot store, or compares in another order, would be a 500 or a wrong page. The
 * articles sit on the edges: the first and last millisecond of the years 0001 and 9999, the
 * epoch, ties, and the largest id.
 */
const ARTICLES: Cursor[] = [
  { publishedAt: new Date(EARLIEST_CURSOR_TIME), id: 1 },
  { publishedAt: new Date(EARLIEST_CURSOR_TIME + 1), id: 2 },
  { publishedAt: new Date(0), id: 3 },
  { publishedAt: new Date(0), id: 4 },
  { publishedAt: new Date(1_700_000_000_000), id: 5 },
  { publishedAt: new Date(LATEST_CURSOR_TIME), id: 6 },
  { publishedAt: new Date(LATEST_CURSOR_TIME), id: MAX_ARTICLE_ID },
];

/** Any cursor in range, its edges most of all, as a Previous or Next link writes it. */
const inRange = (min: number, max: number) =>
  fc.oneof(fc.constantFrom(min, min + 1, max - 1, max), fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number));
const link = fc
  .tuple(
    fc.constantFrom("after", "before"),
    fc.oneof(inRange(EARLIEST_CURSOR_TIME, LATEST_CURSOR_TIME), fc.constantFrom(...ARTICLES.map((a) => a.publishedAt.getTime()))),
    fc.oneof(inRange(1, MAX_ARTICLE_ID), fc.constantFrom(...ARTICLES.map((a) => a.id))),
  )
  .map(([name, time, id]) => new URLSearchParams({ page: "2", [name]: `${time}-${id}` }));

/** The rows a window should find, by JavaScript's comparison of (publishedAt, id). */
function expected(cursor: { after?: Cursor; before?: Cursor }): number[] {
  const key = (c: Cursor) => [c.publishedAt.getTime(), c.id] as const;
  const compare = (a: Cursor, b: Cursor) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1];
  const rows = cursor.after
    ? ARTICLES.filter((a) => compare(a, cursor.after!) < 0).sort((a, b) => compare(b, a))
    : ARTICLES.filter((a) => compare(a, cursor.before!) > 0).sort(compare);
  return rows.slice(0, 11).map((a) => a.id);
}

async function seedEdges(client: PrismaClient): Promise<void> {
  await client.author.create({ data: { id: 1, slug: "edge", name: "Edge", bio: "", portrait: "portraits/edge.jpg" } });
  for (const { publishedAt, id } of ARTICLES)
    await client.article.create({
      data: { id, slug: `a-${id}`, title: "", excerpt: "", body: "", publishedAt, cover: "covers/edge.jpg", authorId: 1 },
    });
}

/** Runs every generated link's window on `client` and compares the rows with JavaScript's. */
async function checkEveryCursor(client: PrismaClient): Promise<void> {
  await fc.assert(
    fc.asyncProperty(link, async (params) => {
      const parsed = parsePageQuery(params);
      assert.ok(parsed.ok, params.toString());
      const window = pagination.optimized.window(parsed.page);
      const rows = await client.article.findMany({ where: window.where, orderBy: window.orderBy, take: window.take, select: { id: true } });
      assert.deepEqual(
        rows.map((row) => row.id),
        expected(parsed.page),
      );
    }),
    { numRuns: 300 },
  );
}

describe("cursors from any link, in a real query", () => {
  it("should run every cursor the parser takes on a SQLite file, finding the rows JavaScript finds", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "fastblog-cursors-"));
    const client = migratedSqliteClient(path.join(dir, "cursors.db"));
    try {
      await seedEdges(client);
      await checkEveryCursor(client);
    } finally {
      await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("on PostgreSQL", { skip: POSTGRES_SKIP }, () => {
    let cluster: Cluster;
    let client: PrismaClient;
    before(async () => {
      ({ cluster, client } = await migratedPostgres());
      await seedEdges(client);
    });
    after(async () => {
      await client?.$disconnect();
      cluster?.stop();
    });

    it("should run every cursor the parser takes on a throwaway cluster, finding the rows JavaScript finds", async () => {
      await checkEveryCursor(client);
    });
  });
});
