import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createRandom, illustrationPng, photoJpeg } from "./generate";
import { thumbnail, ThumbnailError, thumbnailStats, thumbnailWithSource } from "./thumbnails";

/**
 * Each test writes originals of its own, so that no test finds a thumbnail another one made:
 * they pass alone, in any order. The media folder is set once for the whole file, since the
 * cache index reads its folder once, and MEDIA_DIR is given back afterwards.
 */
describe("thumbnail", () => {
  const savedMediaDir = process.env.MEDIA_DIR;
  let media: string;

  /** Writes a 960x540 photo (or a 480x270 PNG illustration) as a cover of its own name. */
  async function original(name: string, kind: "photo" | "illustration" = "photo"): Promise<string> {
    const relative = `covers/${name}.0123456789.${kind === "photo" ? "jpg" : "png"}`;
    const bytes = kind === "photo" ? await photoJpeg(createRandom(1), 960, 540) : await illustrationPng(createRandom(2), 480, 270);
    await writeFile(path.join(media, "originals", relative), bytes);
    return relative;
  }

  /** Every file in the thumbnail cache, finished or still being written. */
  async function cacheFiles(): Promise<string[]> {
    const root = path.join(media, "thumbnails");
    const folders = await readdir(root).catch(() => [] as string[]);
    return (await Promise.all(folders.map((f) => readdir(path.join(root, f))))).flat();
  }

  before(async () => {
    media = await mkdtemp(path.join(tmpdir(), "fastblog-thumbs-"));
    process.env.MEDIA_DIR = media;
    await mkdir(path.join(media, "originals", "covers"), { recursive: true });
  });

  after(async () => {
    if (savedMediaDir === undefined) delete process.env.MEDIA_DIR;
    else process.env.MEDIA_DIR = savedMediaDir;
    await rm(media, { recursive: true, force: true });
  });

  it("should resize once for fifty concurrent first requests, give all of them the same bytes, and cache one file", async () => {
    const cover = await original("stampede");
    const [filesBefore, resizedBefore] = [await cacheFiles(), thumbnailStats.resized];
    const results = await Promise.all(Array.from({ length: 50 }, () => thumbnail(cover, 240, 75, "webp")));
    assert.equal(thumbnailStats.resized - resizedBefore, 1);
    assert.ok(results.every((bytes) => bytes.equals(results[0]!)));
    const added = (await cacheFiles()).filter((file) => !filesBefore.includes(file));
    assert.equal(added.length, 1);
    assert.match(added[0]!, /^[0-9a-f]{64}\.webp$/);
  });

  it("should serve the second request from the disk cache", async () => {
    const cover = await original("second-request");
    const first = await thumbnailWithSource(cover, 240, 75, "webp");
    await first.stored;
    const stats = { ...thumbnailStats };
    const second = await thumbnailWithSource(cover, 240, 75, "webp");
    assert.deepEqual([first.source, second.source], ["resized", "cache"]);
    assert.ok(second.bytes.equals(first.bytes));
    assert.deepEqual(thumbnailStats, { resized: stats.resized, fromCache: stats.fromCache + 1 });
  });

  it("should answer 400 for an original that cannot be decoded, and cache nothing", async () => {
    const corrupt = "covers/corrupt.0123456789.jpg";
    await writeFile(path.join(media, "originals", corrupt), Buffer.from("not a jpeg at all"));
    const filesBefore = await cacheFiles();
    const isBadImage = (error: unknown) => error instanceof ThumbnailError && error.status === 400;
    await assert.rejects(thumbnail(corrupt, 60, 75, "jpeg"), isBadImage);
    assert.deepEqual(await cacheFiles(), filesBefore);
    // Asked again, it is refused again: the failure was not kept as a thumbnail.
    await assert.rejects(thumbnail(corrupt, 60, 75, "jpeg"), isBadImage);
  });

  it("should answer 404 for an unknown or traversing path", async () => {
    await original("traversed");
    for (const bad of ["covers/missing.0123456789.jpg", "../originals/covers/traversed.0123456789.jpg"]) {
      await assert.rejects(thumbnail(bad, 60, 75, "jpeg"), (error: unknown) => error instanceof ThumbnailError && error.status === 404);
    }
  });

  it("should make one thumbnail for every width at or above the original's", async () => {
    const cover = await original("widths");
    const before = thumbnailStats.resized;
    const [at, above] = await Promise.all([960, 1280].map((width) => thumbnailWithSource(cover, width, 60, "jpeg")));
    assert.equal(thumbnailStats.resized - before, 1);
    assert.equal(at!.key, above!.key);
    assert.ok(above!.bytes.equals(at!.bytes));
    await at!.stored;
    assert.equal((await thumbnailWithSource(cover, 1280, 60, "jpeg")).source, "cache");
  });

  it("should make one thumbnail for every quality of lossless output, and not of a photo", async () => {
    const [illustration, photo] = [await original("flat", "illustration"), await original("photo")];
    const keys = (relative: string, format: "png" | "webp", qualities: number[]) =>
      Promise.all(qualities.map(async (quality) => (await thumbnailWithSource(relative, 120, quality, format)).key));
    assert.equal(new Set(await keys(illustration, "png", [50, 75, 90])).size, 1);
    assert.equal(new Set(await keys(illustration, "webp", [50, 75, 90])).size, 1);
    assert.equal(new Set(await keys(photo, "webp", [50, 90])).size, 2);
  });
});
