/**
 * Seeds the blog: 12 authors, 20 categories (3 empty), 210 articles and about 3,000 comments,
 * with the original images an upload would leave behind. Deterministic: a fixed random seed.
 *
 * Safe to interrupt: images are written to a temporary name and renamed, and every row goes
 * in one transaction whose last row is the seed mark, so a database is either fully seeded
 * or untouched. It refuses to write into a database that has rows but no mark.
 *
 *   npm run db:seed            seed an empty database
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, unlink } from "node:fs/promises";
import path from "node:path";
import { TEMPORARY_MARK, writeFileAtomically } from "../lib/files";
import { createRandom, illustrationPng, photoJpeg } from "../lib/media/generate";
import { originalsDir } from "../lib/media/paths";
import { mediaRoot } from "../lib/settings";
import { seedState, SEED_VERSION } from "../lib/seed-state";
import { createPrismaClient } from "../lib/prisma-client";
import { buildBlog, type SeedImage } from "./seed-content";

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

/** Removes images a seed killed mid-write left under a temporary name. */
async function sweepTemporaryUploads(): Promise<void> {
  for (const folder of await readdir(originalsDir()).catch(() => [] as string[])) {
    const names = await readdir(path.join(originalsDir(), folder)).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.includes(TEMPORARY_MARK))) await unlink(path.join(originalsDir(), folder, name)).catch(() => undefined);
  }
}

function progress(label: string, done: number, total: number): void {
  if (!process.stdout.isTTY && done !== total && done % 50 !== 0) return;
  process.stdout.write(`${process.stdout.isTTY ? "\r" : ""}  ${label} ${done}/${total}${process.stdout.isTTY && done !== total ? "" : "\n"}`);
}

export async function seed(): Promise<void> {
  const db = createPrismaClient({ instrumented: false });
  try {
    const state = await seedState(db);
    if (state === "seeded") {
      console.log("The database is already seeded; nothing to do. Use `npm run db:reset` to start over.");
      return;
    }
    if (state === "partial") {
      throw new Error("The database has rows but no seed mark: it was filled by something else or a seed was cut short. Run `npm run db:reset` to rebuild it.");
    }
    await sweepTemporaryUploads();
    const blog = buildBlog();
    const images = blog.images;
    console.log(`Seeding ${blog.authors.length} authors, ${blog.categories.length} categories, ${blog.articles.length} articles, ${blog.comments.length} comments and ${images.length} images into ${mediaRoot()}`);
    const stored = new Map<string, string>();
    for (const [index, image] of images.entries()) {
      stored.set(image.key, (await storeUpload(image, await renderImage(image)))!);
      progress("images", index + 1, images.length);
    }
    const file = (key: string) => stored.get(key)!;
    await db.$transaction(
      async (tx) => {
        await tx.author.createMany({ data: blog.authors.map(({ portraitKey, ...a }) => ({ ...a, portrait: file(portraitKey) })) });
        await tx.category.createMany({ data: blog.categories });
        for (const [index, { coverKey, categoryIds, ...a }] of blog.articles.entries()) {
          await tx.article.create({ data: { ...a, cover: file(coverKey), categories: { connect: categoryIds.map((id) => ({ id })) } } });
          progress("articles", index + 1, blog.articles.length);
        }
        await tx.comment.createMany({ data: blog.comments });
        await tx.seedMark.create({ data: { id: 1, version: SEED_VERSION, finishedAt: new Date() } });
      },
      { timeout: 120_000 },
    );
    console.log("Seed finished.");
  } finally {
    await db.$disconnect();
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
  let restored = 0;
  for (const image of buildBlog().images) {
    const wanted = byName.get(`${image.folder}/${image.name}`);
    if (!wanted) continue;
    const written = await storeUpload(image, await renderImage(image), wanted);
    if (written) restored += 1;
    progress("restored images", restored, missing.size);
  }
  return { restored, missing: missing.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed().catch((error: unknown) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
