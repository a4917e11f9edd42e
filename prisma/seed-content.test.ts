import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { TOPICS } from "./corpus";
import { EMPTY_CATEGORY_COUNT } from "./seed-data";
import { buildBlog } from "./seed-content";
import { doubledWord } from "./seed-text";

type Blog = ReturnType<typeof buildBlog>;

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Everything about the blog but its words: pictures, dates, authors, lengths, commenters and times. */
function layoutHash(blog: Blog): string {
  const layout = {
    images: blog.images.map((i) => [i.folder, i.extension, i.seed]),
    articles: blog.articles.map((a) => [a.publishedAt.toISOString(), a.authorId, a.body.split("\n\n").length]),
    comments: blog.comments.map((c) => [c.articleId, c.authorName, c.createdAt.toISOString()]),
  };
  return createHash("sha256").update(JSON.stringify(layout)).digest("hex").slice(0, 16);
}

describe("buildBlog", () => {
  const blog = buildBlog();

  it("should build the same blog every time, to the byte", () => {
    assert.deepEqual(buildBlog(), blog);
    assert.equal(JSON.stringify(buildBlog()), JSON.stringify(blog));
  });

  it("should have the sizes the issue asks for", () => {
    assert.equal(blog.articles.length, 210);
    assert.equal(blog.authors.length, 12);
    assert.equal(blog.categories.length, 20);
    assert.ok(blog.comments.length > 2_500 && blog.comments.length < 3_500, `${blog.comments.length} comments`);
  });

  it("should keep the layout of seed version 1: the same images, dates, authors, lengths and commenters", () => {
    // The hash of seed version 1's own blog, computed the same way before its text was replaced.
    assert.equal(layoutHash(blog), "b4211d1f49fb1927");
  });

  it("should keep the slugs the tests, the routes and the benchmark name", () => {
    assert.ok(blog.articles.some((a) => a.slug === "a-practical-guide-to-brotli"));
    assert.equal(blog.authors[0]!.slug, "ada-lovelace");
    assert.equal(blog.categories[0]!.slug, "databases");
  });

  it("should leave at least three categories without articles", () => {
    const used = new Set(blog.articles.flatMap((a) => a.categoryIds));
    const empty = blog.categories.filter((c) => !used.has(c.id));
    assert.ok(empty.length >= 3 && empty.length === EMPTY_CATEGORY_COUNT);
  });

  it("should give every article a unique slug and every author a 600x600 portrait", () => {
    assert.equal(new Set(blog.articles.map((a) => a.slug)).size, blog.articles.length);
    const portraits = blog.images.filter((i) => i.folder === "portraits");
    assert.equal(portraits.length, 12);
    assert.ok(portraits.every((p) => p.width === 600 && p.height === 600 && p.extension === "jpg"));
  });

  it("should mix JPEG photos with a few PNG illustrations", () => {
    const covers = blog.images.filter((i) => i.folder === "covers");
    const png = covers.filter((c) => c.extension === "png").length;
    assert.equal(covers.length, blog.articles.length);
    assert.ok(png > 0 && png < covers.length / 5);
  });

  it("should use every title of the corpus once", () => {
    const titles = TOPICS.flatMap((t) => t.articles.map((a) => a.title)).sort();
    assert.deepEqual(blog.articles.map((a) => a.title).sort(), titles);
  });

  it("should put no word twice in a row in any title, excerpt, body, bio or comment", () => {
    const texts = [
      ...blog.articles.flatMap((a) => [a.title, a.excerpt, a.body]),
      ...blog.authors.map((a) => a.bio),
      ...blog.comments.map((c) => c.body),
    ];
    assert.deepEqual(
      texts.filter((text) => doubledWord(text) !== null),
      [],
    );
  });

  it("should keep the lengths of seed version 1: 4 to 8 paragraphs, excerpts, comments and bios of the same size", () => {
    // Seed version 1's figures: bodies 2,052 characters on average, excerpts 144, comments 108, bios 400.
    const near = (actual: number, expected: number, what: string) =>
      assert.ok(Math.abs(actual / expected - 1) < 0.1, `${what}: ${actual.toFixed(0)} characters on average, not about ${expected}`);
    assert.ok(blog.articles.every((a) => a.body.split("\n\n").length >= 4 && a.body.split("\n\n").length <= 8));
    near(mean(blog.articles.map((a) => a.body.length)), 2_052, "bodies");
    near(mean(blog.articles.map((a) => a.excerpt.length)), 144, "excerpts");
    near(mean(blog.comments.map((c) => c.body.length)), 108, "comments");
    near(mean(blog.authors.map((a) => a.bio.length)), 400, "bios");
    assert.ok(blog.articles.every((a) => a.excerpt.length >= 80 && a.excerpt.length <= 200 && a.title.length <= 60));
    assert.ok(blog.comments.every((c) => c.body.length >= 20 && c.body.length <= 210));
  });

  it("should give each article four to twenty-four different comments", () => {
    for (const article of blog.articles) {
      const comments = blog.comments.filter((c) => c.articleId === article.id).map((c) => c.body);
      assert.ok(comments.length >= 4 && comments.length <= 24, `${comments.length} comments`);
      assert.equal(new Set(comments).size, comments.length);
    }
  });
});
