import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { ThumbnailCacheIndex } from "./thumbnail-cache";

describe("ThumbnailCacheIndex", () => {
  const folders: string[] = [];
  after(async () => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  async function cacheWith(files: [string, number, number][]) {
    const root = await mkdtemp(path.join(tmpdir(), "fastblog-cache-"));
    folders.push(root);
    await mkdir(path.join(root, "ab"));
    for (const [name, size, age] of files) {
      const file = path.join(root, "ab", name);
      await writeFile(file, Buffer.alloc(size));
      const time = new Date(Date.now() - age * 1000);
      await utimes(file, time, time);
    }
    return root;
  }

  it("should delete the oldest thumbnails when the cache grows past its limit", async () => {
    const root = await cacheWith([["old.webp", 400, 300], ["middle.webp", 400, 200], ["new.webp", 100, 100]]);
    const index = new ThumbnailCacheIndex(() => root, () => 1000);
    await writeFile(path.join(root, "ab", "newest.webp"), Buffer.alloc(300));
    await index.added(path.join(root, "ab", "newest.webp"), 300);
    assert.equal(existsSync(path.join(root, "ab", "old.webp")), false);
    assert.equal(existsSync(path.join(root, "ab", "middle.webp")), true);
    assert.equal(existsSync(path.join(root, "ab", "newest.webp")), true);
    assert.ok(index.totalBytes <= 900);
  });

  it("should remove half-written temporary files when it reads the folder", async () => {
    const root = await cacheWith([["done.webp", 10, 10], ["x.webp.tmp-123-abc", 5, 10]]);
    await new ThumbnailCacheIndex(() => root, () => 1000).load();
    assert.equal(existsSync(path.join(root, "ab", "x.webp.tmp-123-abc")), false);
    assert.equal(existsSync(path.join(root, "ab", "done.webp")), true);
  });

  it("should keep the bytes on disk under the limit with 8 writers at once", async () => {
    const root = await cacheWith([]);
    const limit = 1024 * 1024;
    const index = new ThumbnailCacheIndex(() => root, () => limit);
    const writer = async (w: number) => {
      for (let i = 0; i < 25; i += 1) {
        const file = path.join(root, "ab", `w${w}-${i}.webp`);
        await writeFile(file, Buffer.alloc(40 * 1024));
        await index.added(file, 40 * 1024);
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
    const names = await readdir(path.join(root, "ab"));
    const onDisk = (await Promise.all(names.map((name) => stat(path.join(root, "ab", name))))).reduce((sum, info) => sum + info.size, 0);
    // 8 MB written through a 1 MB cache: what stays is within the limit, and the index knows exactly how much.
    assert.ok(onDisk <= limit, `${onDisk} bytes on disk, over the ${limit}-byte limit`);
    assert.equal(index.totalBytes, onDisk);
  });
});
