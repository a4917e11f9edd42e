import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { createPrismaClient } from "../lib/prisma-client";
import { migrate } from "../scripts/migrate";
import { seed } from "./seed";

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
});
