import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildBlog } from "./seed-content";
import { EMPTY_CATEGORY_COUNT } from "./seed-data";
import { scaleBlog, scaledSizes, type ExtraBlock } from "./seed-scale";

const blog = buildBlog();
const input = (scale: number) => ({
  scale,
  authorSlugs: new Set(blog.authors.map((a) => a.slug)),
  portraits: blog.authors.map((a) => `portraits/${a.slug}.0000000000.jpg`),
  covers: blog.articles.map((a) => `covers/${a.slug}.0000000000.jpg`),
  firstCommentId: blog.comments.length + 1,
});
const rowsOf = (blocks: Iterable<ExtraBlock>) => {
  const all: ExtraBlock = { articles: [], links: [], comments: [] };
  for (const block of blocks) for (const key of ["articles", "links", "comments"] as const) all[key].push(...block[key]);
  return all;
};

describe("scaleBlog", () => {
  it("should keep the blog as it is at scale 1, grow authors with √N and keep its 20 categories", () => {
    assert.deepEqual(scaledSizes(1), { articles: 210, authors: 12, categories: 20 });
    assert.deepEqual(scaledSizes(3), { articles: 630, authors: 21, categories: 20 });
    assert.deepEqual(scaledSizes(1000), { articles: 210_000, authors: 379, categories: 20 });
    assert.deepEqual(scaledSizes(10_000), { articles: 2_100_000, authors: 1_200, categories: 20 });
    const one = scaleBlog(input(1));
    assert.equal(one.authors.length + rowsOf(one.blocks()).articles.length, 0);
  });

  it("should give the same rows for the same scale", () => {
    const a = scaleBlog(input(3));
    const b = scaleBlog(input(3));
    assert.deepEqual([a.authors, rowsOf(a.blocks())], [b.authors, rowsOf(b.blocks())]);
  });

  const extra = scaleBlog(input(3));
  const rows = rowsOf(extra.blocks());

  it("should add older articles with ids and slugs of their own", () => {
    assert.equal(rows.articles.length, 420);
    assert.deepEqual(
      rows.articles.map((r) => r[0]),
      Array.from({ length: 420 }, (_, i) => 211 + i),
    );
    const slugs = new Set([...blog.articles.map((a) => a.slug), ...rows.articles.map((r) => r[1])]);
    assert.equal(slugs.size, 630);
    const first = blog.articles[0]!.publishedAt.toISOString();
    const dates = rows.articles.map((r) => String(r[5]));
    assert.ok(
      dates.every((d, i) => d < first && (i === 0 || d < dates[i - 1]!)),
      "older than the blog's first article, each older than the one before",
    );
  });

  it("should give every article an author and one to three categories, never an empty one", () => {
    assert.ok(rows.articles.every((r) => Number(r[7]) >= 1 && Number(r[7]) <= 21));
    const perArticle = new Map<unknown, number>();
    for (const [article] of rows.links) perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
    assert.equal(perArticle.size, 420);
    assert.ok([...perArticle.values()].every((count) => count >= 1 && count <= 3));
    const emptyIds = new Set(Array.from({ length: EMPTY_CATEGORY_COUNT }, (_, i) => 20 - i));
    assert.ok(rows.links.every((r) => !emptyIds.has(Number(r[1]))));
    const used = new Set(rows.links.map((r) => Number(r[1])));
    assert.equal(used.size, 20 - EMPTY_CATEGORY_COUNT, "every other category is used");
  });

  it("should add comments as the blog has them, numbered after its own and written after their article", () => {
    assert.ok(Math.abs(rows.comments.length / (blog.comments.length * 2) - 1) < 0.05, `${rows.comments.length} comments`);
    assert.deepEqual(
      rows.comments.map((c) => c[0]),
      Array.from({ length: rows.comments.length }, (_, i) => blog.comments.length + 1 + i),
    );
    const published = new Map(rows.articles.map((r) => [r[0], String(r[5])]));
    assert.ok(rows.comments.every((c) => String(c[3]) > published.get(c[4])!));
  });

  it("should reuse the blog's own images and find fresh names up to the largest scale", () => {
    const images = new Set([...input(3).portraits, ...input(3).covers]);
    // Scale 3 has 21 authors, 9 of them new, and 420 new articles.
    assert.deepEqual([extra.authors.length, rows.articles.length], [9, 420]);
    assert.deepEqual(
      extra.authors.filter((a) => !images.has(String(a[4]))),
      [],
    );
    assert.deepEqual(
      rows.articles.filter((r) => !images.has(String(r[6]))),
      [],
    );
    const largest = scaleBlog(input(10_000));
    const authorSlugs = new Set([...blog.authors.map((a) => a.slug), ...largest.authors.map((a) => a[1])]);
    assert.equal(authorSlugs.size, 1_200);
  });
});
