/**
 * The seed's original images, stored as an upload would leave them: under a name with a hash
 * of their bytes. Only the blog's own 222 images exist at any scale (12 portraits, 210 covers);
 * the rows a larger scale adds name the same files.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, unlink } from "node:fs/promises";
import path from "node:path";
import { TEMPORARY_MARK, writeFileAtomically } from "../lib/util/files";
import { createRandom, illustrationPng, photoJpeg } from "../lib/media/generate";
import { originalsDir } from "../lib/media/paths";
import { buildBlog, type SeedImage } from "./seed-content";
import { createProgress } from "./seed-progress";

/** Stores an image as an upload would, under a name with its content hash; null when `expected` names other bytes. */
async function storeUpload(image: SeedImage, bytes: Buffer, expected?: string): Promise<string | null> {
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  const relative = `${image.folder}/${image.name}.${hash}.${image.extension}`;
  if (expected !== undefined && relative !== expected) return null;
  await writeFileAtomically(path.join(originalsDir(), relative), bytes);
  return relative;
}

async function renderImage(image: SeedImage): Promise<Buffer> {
  const random = createRandom(image.seed);
  if (image.extension === "png") return illustrationPng(random, image.width, image.height);
  return photoJpeg(random, image.width, image.height, image.quality);
}

/** Renders and stores one of the seed's images; returns the path the database names it by. */
export async function writeImage(image: SeedImage): Promise<string> {
  return (await storeUpload(image, await renderImage(image)))!;
}

/** Removes images a seed killed mid-write left under a temporary name. */
export async function sweepTemporaryUploads(): Promise<void> {
  for (const folder of await readdir(originalsDir()).catch(() => [] as string[])) {
    const names = await readdir(path.join(originalsDir(), folder)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.includes(TEMPORARY_MARK)))
      await unlink(path.join(originalsDir(), folder, name)).catch(() => undefined);
  }
}

/**
 * Writes again the originals of a seeded database that are missing from the media folder
 * (deleted, or MEDIA_DIR moved). The seed is deterministic, so each image comes out with the
 * same bytes; one whose hash differs from the name the database holds is left alone.
 */
export async function restoreOriginals(paths: readonly string[]): Promise<{ restored: number; missing: number }> {
  const missing = new Set(paths.filter((relative) => !existsSync(path.join(originalsDir(), relative))));
  if (missing.size === 0) return { restored: 0, missing: 0 };
  await sweepTemporaryUploads();
  const byName = new Map([...missing].map((relative) => [relative.replace(/\.[a-f0-9]{10}\.(jpg|png)$/, ""), relative]));
  const progress = createProgress("restored images", missing.size, { lineEvery: 50 });
  let restored = 0;
  for (const image of buildBlog().images) {
    const wanted = byName.get(`${image.folder}/${image.name}`);
    if (!wanted) continue;
    const written = await storeUpload(image, await renderImage(image), wanted);
    if (written) restored += 1;
    progress.update(restored);
  }
  return { restored, missing: missing.size };
}
