import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EMPTY_CATEGORY_COUNT } from "./seed-data";
import { buildBlog } from "./seed-content";

describe("buildBlog", () => {
  const blog = buildBlog();

  it("should build the same blog every time", () => {
    assert.deepEqual(buildBlog(), blog);
  });

  it("should have the sizes the issue asks for", () => {
    assert.ok(blog.articles.length >= 200);
    assert.equal(blog.authors.length, 12);
    assert.equal(blog.categories.length, 20);
    assert.ok(blog.comments.length > 2_500 && blog.comments.length < 3_500, `${blog.comments.length} comments`);
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
});
