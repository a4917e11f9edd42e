import Database from "better-sqlite3";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { createPrismaClient } from "../lib/db/prisma-client";
import { SEED_VERSION } from "../lib/db/seed-state";
import { migrate } from "../scripts/migrate";
import { restoreOriginals, seed } from "./seed";
import { buildBlog } from "./seed-content";
import { sqlTime } from "./seed-tables";

const folders: string[] = [];

/** A fresh database and media folder in a temporary folder, for one seed run. */
async function freshPlace(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), "fastblog-seed-"));
  folders.push(folder);
  process.env.DATABASE_URL = `file:${path.join(folder, "blog.db")}`;
  process.env.MEDIA_DIR = path.join(folder, "media");
  await migrate();
  return folder;
}

/** A checksum of every table's rows in the database file, apart from when the seed finished. */
function checksum(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash("sha256");
    for (const table of ["Author", "Category", "Article", "_ArticleToCategory", "Comment", "SeedMark"]) {
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().iterate() as IterableIterator<unknown[]>) {
        hash.update(JSON.stringify(table === "SeedMark" ? row.slice(0, -1) : row));
      }
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

async function snapshot() {
  const db = createPrismaClient({ instrumented: false });
  try {
    const [authors, categories, articles, comments] = await Promise.all([
      db.author.findMany({ select: { slug: true, portrait: true }, orderBy: { id: "asc" } }),
      db.category.findMany({ select: { slug: true }, orderBy: { id: "asc" } }),
      db.article.findMany({ select: { slug: true, cover: true, publishedAt: true }, orderBy: { id: "asc" } }),
      db.comment.count(),
    ]);
    return { authors, categories, articles, comments };
  } finally {
    await db.$disconnect();
  }
}

describe("seed", { timeout: 180_000 }, () => {
  after(async () => {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it("should seed the same rows and image files twice, and do nothing when run again", async () => {
    const first = await freshPlace();
    await seed();
    const a = await snapshot();
    await seed();
    assert.deepEqual(await snapshot(), a);
    const second = await freshPlace();
    await seed();
    assert.deepEqual(await snapshot(), a);
    const files = async (folder: string) => (await readdir(path.join(folder, "media", "originals", "covers"))).sort();
    assert.deepEqual(await files(second), await files(first));
    assert.ok(a.articles.length >= 200 && a.comments > 2_500);
  });

  it("should refuse to seed into a database that has rows but no seed mark", async () => {
    await freshPlace();
    const db = createPrismaClient({ instrumented: false });
    await db.category.create({ data: { slug: "stray", name: "Stray", description: "Left by someone else." } });
    await db.$disconnect();
    await assert.rejects(seed(), /rows but no seed mark/);
  });

  it("should seed scale 3 the same way twice: three times the articles and comments, with the blog's own articles newest and unchanged", async () => {
    const first = await freshPlace();
    await seed(3);
    const second = await freshPlace();
    await seed(3);
    const file = path.join(second, "blog.db");
    assert.equal(checksum(path.join(first, "blog.db")), checksum(file));

    const blog = buildBlog();
    const db = new Database(file, { readonly: true });
    const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
    try {
      assert.deepEqual(db.prepare(`SELECT version, scale FROM SeedMark`).get(), { version: SEED_VERSION, scale: 3 });
      assert.deepEqual(
        [count(`SELECT COUNT(*) FROM Article`), count(`SELECT COUNT(*) FROM Author`), count(`SELECT COUNT(*) FROM Category`)],
        [630, 21, 20],
      );
      const comments = count(`SELECT COUNT(*) FROM Comment`);
      assert.ok(Math.abs(comments / (3 * blog.comments.length) - 1) < 0.05, `${comments} comments`);
      assert.equal(count(`SELECT COUNT(*) FROM Article a WHERE NOT EXISTS (SELECT 1 FROM Author WHERE id = a.authorId)`), 0);
      assert.equal(count(`SELECT COUNT(*) FROM Article a WHERE NOT EXISTS (SELECT 1 FROM _ArticleToCategory WHERE A = a.id)`), 0);
      assert.equal(count(`SELECT COUNT(*) FROM Category c WHERE NOT EXISTS (SELECT 1 FROM _ArticleToCategory WHERE B = c.id)`), 3);

      const newest = db
        .prepare(`SELECT id, slug, title, excerpt, body, publishedAt, authorId FROM Article ORDER BY publishedAt DESC LIMIT 210`)
        .all();
      const own = blog.articles.map((a) => ({
        id: a.id,
        slug: a.slug,
        title: a.title,
        excerpt: a.excerpt,
        body: a.body,
        publishedAt: sqlTime(a.publishedAt.getTime()),
        authorId: a.authorId,
      }));
      assert.deepEqual(newest.reverse(), own);
      const ownComments = db.prepare(`SELECT authorName, body, createdAt, articleId FROM Comment WHERE articleId <= 210 ORDER BY id`).all();
      assert.deepEqual(
        ownComments,
        blog.comments.map((c) => ({ ...c, createdAt: sqlTime(c.createdAt.getTime()) })),
      );
    } finally {
      db.close();
    }
  });

  it("should write only the blog's own images at scale 3, and restore any the database names", async () => {
    const place = folders.at(-1)!;
    const db = new Database(path.join(place, "blog.db"), { readonly: true });
    const paths = db.prepare(`SELECT portrait FROM Author UNION SELECT cover FROM Article`).pluck().all() as string[];
    db.close();
    const originals = path.join(place, "media", "originals");
    const files = [...(await readdir(path.join(originals, "covers"))), ...(await readdir(path.join(originals, "portraits")))];
    assert.equal(files.length, 222);
    assert.ok(paths.every((p) => existsSync(path.join(originals, p))));
    await rm(path.join(originals, paths.at(-1)!));
    assert.deepEqual(await restoreOriginals(paths), { restored: 1, missing: 1 });
  });
});
