import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { PrismaClient } from "../generated/prisma/client";
import type { Cluster } from "../../scripts/postgres-cluster";
import { migratedPostgres, migratedSqliteClient, POSTGRES_SKIP } from "../../scripts/test/migrated-databases";
import { EARLIEST_CURSOR_TIME, LATEST_CURSOR_TIME } from "../contract/urls/blog";
import type { Listing } from "./listings";

/**
 * ListingWeek (prisma/schema.prisma) must count every listing's articles week by week, exactly,
 * whatever writes them: the triggers of both databases' migrations are checked here against a
 * count made in JavaScript, after each kind of write Prisma makes, and a typed page's ids
 * (lib/data/listings.ts) against the listing sorted in JavaScript, at every offset.
 */
const dir = mkdtempSync(path.join(tmpdir(), "fastblog-weeks-"));
process.env.DATABASE_URL = `file:${path.join(dir, "server.db")}`;
const { pageIdsSql } = await import("./listings");
after(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const MONDAY = Date.UTC(2024, 0, 1);

/** Where the week of `time` ends, in JavaScript: the migrations' definition, weeks from 1970-01-01 UTC. */
const weekEnd = (time: number) => Math.floor(time / WEEK) * WEEK + WEEK;

/**
 * Three weeks' worth of articles, four a week, on the weeks' edges as well: the first and last
 * millisecond of a week, a tie on the same moment, and the times at the ends of what the cursors
 * take (year 1 and year 9999) and either side of 1970.
 */
const TIMES = [
  ...Array.from({ length: 12 }, (_, i) => MONDAY + Math.floor(i / 4) * WEEK + (i % 4) * DAY + 3_600_000),
  weekEnd(MONDAY) - 1,
  weekEnd(MONDAY),
  weekEnd(MONDAY),
  -1,
  0,
  EARLIEST_CURSOR_TIME,
  LATEST_CURSOR_TIME,
];

async function seed(client: PrismaClient): Promise<void> {
  for (const id of [1, 2, 3]) await client.author.create({ data: { id, slug: `a${id}`, name: `A${id}`, bio: "", portrait: "p.jpg" } });
  for (const id of [1, 2, 3]) await client.category.create({ data: { id, slug: `c${id}`, name: `C${id}`, description: "" } });
  for (const [i, time] of TIMES.entries()) {
    const id = i + 1;
    const categories = [1, 2, 3].filter((c) => id % c === 0).map((c) => ({ id: c }));
    await client.article.create({
      data: {
        id,
        slug: `s${id}`,
        title: "",
        excerpt: "",
        body: "",
        publishedAt: new Date(time),
        cover: "c.jpg",
        authorId: (id % 3) + 1,
        categories: { connect: categories },
        comments: { create: id % 2 === 0 ? [{ authorName: "x", body: "y", createdAt: new Date(time) }] : [] },
      },
    });
  }
}

type Row = { id: number; publishedAt: Date; authorId: number; categories: { id: number }[] };

function listingsOf(rows: Row[]): Listing[] {
  const authors = [...new Set(rows.map((r) => r.authorId))];
  const categories = [...new Set(rows.flatMap((r) => r.categories.map((c) => c.id)))];
  return [
    { of: "all" },
    ...authors.map((authorId) => ({ of: "author", authorId }) as const),
    ...categories.map((categoryId) => ({ of: "category", categoryId }) as const),
  ];
}

function inListing(listing: Listing, row: Row): boolean {
  if (listing.of === "author") return row.authorId === listing.authorId;
  if (listing.of === "category") return row.categories.some((c) => c.id === listing.categoryId);
  return true;
}

function ownerOf(listing: Listing): number {
  return listing.of === "author" ? listing.authorId : listing.of === "category" ? listing.categoryId : 0;
}

/** ListingWeek as stored, and as counted from the articles, for every listing; then every typed page's ids. */
async function check(client: PrismaClient, step: string): Promise<void> {
  const rows: Row[] = await client.article.findMany({ select: { id: true, publishedAt: true, authorId: true, categories: { select: { id: true } } } });
  const counted = new Map<string, number>();
  for (const listing of listingsOf(rows))
    for (const row of rows.filter((r) => inListing(listing, r))) {
      const key = `${listing.of} ${ownerOf(listing)} ${weekEnd(row.publishedAt.getTime())}`;
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
  const stored = await client.listingWeek.findMany({ where: { articles: { not: 0 } } });
  // Year 9999's last week ends in year 10000, which SQLite's dates cannot write (it stores the end
  // of 9999-12-31 instead) and Prisma cannot read from PostgreSQL (an Invalid Date).
  const end = (at: Date) => (Number.isNaN(at.getTime()) || at.getTime() > LATEST_CURSOR_TIME ? weekEnd(LATEST_CURSOR_TIME) : at.getTime());
  assert.deepEqual(
    new Map(stored.map((w) => [`${w.listing} ${w.ownerId} ${end(w.endsAt)}`, w.articles])),
    counted,
    `ListingWeek after ${step}`,
  );
  assert.ok(stored.every((w) => w.articles > 0), `no week below zero after ${step}`);

  const newestFirst = [...rows].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
  for (const listing of listingsOf(rows)) {
    const ids = newestFirst.filter((r) => inListing(listing, r)).map((r) => r.id);
    for (let skip = 0; skip <= ids.length + 1; skip += 1) {
      const found = await client.$queryRaw<{ id: number | bigint }[]>(pageIdsSql(listing, skip, 3));
      assert.deepEqual(found.map((r) => Number(r.id)), ids.slice(skip, skip + 3), `${step}: ${JSON.stringify(listing)} after ${skip}`);
    }
  }
}

/** Every kind of write Prisma makes to articles and their links, each followed by the check. */
async function writeAndCheck(client: PrismaClient): Promise<void> {
  await check(client, "the seed");
  await client.article.create({
    data: {
      id: 100,
      slug: "new",
      title: "",
      excerpt: "",
      body: "",
      publishedAt: new Date(MONDAY + 40 * WEEK),
      cover: "c.jpg",
      authorId: 1,
      categories: { connect: [{ id: 1 }, { id: 2 }] },
    },
  });
  await check(client, "a new article with two categories");
  await client.article.update({ where: { id: 100 }, data: { publishedAt: new Date(MONDAY + WEEK + 1), authorId: 2 } });
  await check(client, "an article moved to another week and author");
  await client.article.update({ where: { id: 100 }, data: { categories: { set: [{ id: 3 }] } } });
  await check(client, "an article's categories replaced");
  await client.article.update({ where: { id: 5 }, data: { title: "renamed", commentCount: { increment: 1 } } });
  await check(client, "an update that moves nothing");
  await client.article.updateMany({ where: { id: { lte: 6 } }, data: { publishedAt: new Date(MONDAY - 3 * WEEK) } });
  await check(client, "many articles moved into one week");
  await client.article.delete({ where: { id: 2 } });
  await check(client, "an article deleted, its comments and links with it");
  await client.article.deleteMany({ where: { id: { in: [3, 4, 100] } } });
  await check(client, "several articles deleted");
  await client.article.createMany({
    data: [0, 1, 2].map((i) => ({
      id: 200 + i,
      slug: `many-${i}`,
      title: "",
      excerpt: "",
      body: "",
      publishedAt: new Date(MONDAY + 2 * WEEK + i),
      cover: "c.jpg",
      authorId: 3,
    })),
  });
  await check(client, "articles created in one statement");
}

describe("ListingWeek, kept by the migrations' triggers", () => {
  it("should count every listing's weeks exactly through every kind of write, on SQLite", async () => {
    const client = migratedSqliteClient(path.join(dir, "weeks.db"));
    try {
      await seed(client);
      await writeAndCheck(client);
    } finally {
      await client.$disconnect();
    }
  });

  describe("on PostgreSQL", { skip: POSTGRES_SKIP }, () => {
    let cluster: Cluster;
    let client: PrismaClient;
    before(async () => {
      ({ cluster, client } = await migratedPostgres());
      await seed(client);
    });
    after(async () => {
      await client?.$disconnect();
      cluster?.stop();
    });

    it("should count every listing's weeks exactly through every kind of write, on a throwaway cluster", async () => {
      await writeAndCheck(client);
    });
  });
});
