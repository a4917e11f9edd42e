import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { createRandom, illustrationPng, photoJpeg } from "./generate";
import { thumbnail, ThumbnailError, thumbnailStats, thumbnailWithSource } from "./thumbnails";

const COVER = "covers/stampede.0123456789.jpg";
const ILLUSTRATION = "covers/flat.0123456789.png";

describe("thumbnail", () => {
  let media: string;

  before(async () => {
    media = await mkdtemp(path.join(tmpdir(), "fastblog-thumbs-"));
    process.env.MEDIA_DIR = media;
    await mkdir(path.join(media, "originals", "covers"), { recursive: true });
    await writeFile(path.join(media, "originals", COVER), await photoJpeg(createRandom(1), 960, 540));
    await writeFile(path.join(media, "originals", ILLUSTRATION), await illustrationPng(createRandom(2), 480, 270));
    await writeFile(path.join(media, "originals", "covers", "corrupt.0123456789.jpg"), Buffer.from("not a jpeg at all"));
  });

  after(async () => {
    await rm(media, { recursive: true, force: true });
  });

  it("should resize once for fifty concurrent first requests and give all of them the same bytes", async () => {
    const before = thumbnailStats.resized;
    const results = await Promise.all(Array.from({ length: 50 }, () => thumbnail(COVER, 240, 75, "webp")));
    assert.equal(thumbnailStats.resized - before, 1);
    assert.ok(results.every((bytes) => bytes.equals(results[0]!)));
    const folders = await readdir(path.join(media, "thumbnails"));
    const files = (await Promise.all(folders.map((f) => readdir(path.join(media, "thumbnails", f))))).flat();
    assert.deepEqual(files.filter((f) => f.includes(".tmp-")), []);
    assert.equal(files.length, 1);
  });

  it("should serve the second request from the disk cache", async () => {
    const before = { ...thumbnailStats };
    await thumbnail(COVER, 240, 75, "webp");
    assert.equal(thumbnailStats.resized, before.resized);
    assert.equal(thumbnailStats.fromCache, before.fromCache + 1);
  });

  it("should answer 400 for an original that cannot be decoded, and cache nothing", async () => {
    await assert.rejects(thumbnail("covers/corrupt.0123456789.jpg", 60, 75, "jpeg"), (error: unknown) => error instanceof ThumbnailError && error.status === 400);
  });

  it("should answer 404 for an unknown or traversing path", async () => {
    for (const bad of ["covers/missing.0123456789.jpg", "../originals/covers/stampede.0123456789.jpg"]) {
      await assert.rejects(thumbnail(bad, 60, 75, "jpeg"), (error: unknown) => error instanceof ThumbnailError && error.status === 404);
    }
  });

  it("should make one thumbnail for every width at or above the original's", async () => {
    const before = thumbnailStats.resized;
    const [at, above] = await Promise.all([960, 1280].map((width) => thumbnailWithSource(COVER, width, 60, "jpeg")));
    assert.equal(thumbnailStats.resized - before, 1);
    assert.equal(at!.key, above!.key);
    assert.ok(above!.bytes.equals(at!.bytes));
    await at!.stored;
    assert.equal((await thumbnailWithSource(COVER, 1280, 60, "jpeg")).source, "cache");
  });

  it("should make one thumbnail for every quality of lossless output, and not of a photo", async () => {
    const keys = (relative: string, format: "png" | "webp", qualities: number[]) =>
      Promise.all(qualities.map(async (quality) => (await thumbnailWithSource(relative, 120, quality, format)).key));
    assert.equal(new Set(await keys(ILLUSTRATION, "png", [50, 75, 90])).size, 1);
    assert.equal(new Set(await keys(ILLUSTRATION, "webp", [50, 75, 90])).size, 1);
    assert.equal(new Set(await keys(COVER, "webp", [50, 90])).size, 2);
  });
});
