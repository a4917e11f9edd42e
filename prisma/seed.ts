/**
 * Seeds the blog: 12 authors, 20 categories (3 empty), 210 articles and about 3,000 comments,
 * with the original images an upload would leave behind. Deterministic: a fixed random seed.
 * At scale N, N times the articles and comments (see seed-scale.ts for the proportions).
 *
 * Safe to interrupt: images are written to a temporary name and renamed, and every row goes
 * in one transaction whose last row is the seed mark, so a database is either fully seeded
 * or untouched. It refuses to write into a database that has rows but no mark.
 *
 *   npm run db:seed                    seed an empty database (at SEED_SCALE, 1 when unset)
 *   npm run db:seed -- --scale 1000    210,000 articles and about 3 million comments
 */
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/prisma-client";
import { mediaRoot, seedScale } from "../lib/settings";
import { olderSeedNote, readSeedMark, seedState, SEED_VERSION } from "../lib/db/seed-state";
import { buildBlog } from "./seed-content";
import { sweepTemporaryUploads, writeImage } from "./seed-images";
import { scaleFrom, SCALE_OPTION } from "./seed-options";
import { createProgress } from "./seed-progress";
import { scaleBlog, scaledSizes } from "./seed-scale";
import { sqlTime } from "./seed-tables";
import { openWriter, type SeedWriter } from "./seed-writers";
import { invalidateDataCache } from "../lib/data-cache/invalidate";

export { restoreOriginals } from "./seed-images";

/** Whether to seed: false when the database is already seeded at this scale; throws when it holds anything else. */
async function mustSeed(scale: number): Promise<boolean> {
  const db = createPrismaClient({ instrumented: false });
  const [state, mark] = await Promise.all([seedState(db), readSeedMark(db)]).finally(() => db.$disconnect());
  if (state === "partial") {
    throw new Error(
      "The database has rows but no seed mark: it was filled by something else or a seed was cut short. Run `npm run db:reset` to rebuild it.",
    );
  }
  if (!mark) return true;
  if (mark.scale !== scale) {
    throw new Error(
      `The database is already seeded at scale ${mark.scale}, not ${scale}. Run \`SEED_SCALE=${scale} npm run db:reset\` to rebuild it at scale ${scale}.`,
    );
  }
  console.log(
    `The database is already seeded${scale > 1 ? ` at scale ${scale}` : ""}; nothing to do. Use \`npm run db:reset\` to start over.`,
  );
  const note = olderSeedNote(mark);
  if (note) console.log(note);
  return false;
}

type Blog = ReturnType<typeof buildBlog>;
type Images = { portraits: string[]; covers: string[] };

/**
 * The blog's own rows, each image rendered and stored just before the row that names it (a
 * cover's name holds a hash of its bytes). Returns the stored paths, which larger scales reuse.
 */
async function writeBlog(writer: SeedWriter, blog: Blog): Promise<Images> {
  const image = (key: string) => blog.images.find((i) => i.key === key)!;
  const portraits: string[] = [];
  for (const author of blog.authors) portraits.push(await writeImage(image(author.portraitKey)));
  await writer.insert(
    "Author",
    blog.authors.map((a, i) => [a.id, a.slug, a.name, a.bio, portraits[i]!]),
  );
  await writer.insert(
    "Category",
    blog.categories.map((c) => [c.id, c.slug, c.name, c.description]),
  );
  const covers: string[] = [];
  const progress = createProgress("articles", blog.articles.length, { lineEvery: 50 });
  for (const a of blog.articles) {
    const cover = await writeImage(image(a.coverKey));
    covers.push(cover);
    await writer.insert("Article", [[a.id, a.slug, a.title, a.excerpt, a.body, sqlTime(a.publishedAt.getTime()), cover, a.authorId]]);
    await writer.insert(
      "_ArticleToCategory",
      a.categoryIds.map((id) => [a.id, id]),
    );
    progress.update(covers.length);
  }
  await writer.insert(
    "Comment",
    blog.comments.map((c, i) => [i + 1, c.authorName, c.body, sqlTime(c.createdAt.getTime()), c.articleId]),
  );
  return { portraits, covers };
}

/** The rows a scale above 1 adds: authors, then older articles with their comments. Returns how many comments. */
async function writeScale(writer: SeedWriter, scale: number, blog: Blog, images: Images): Promise<number> {
  const firstCommentId = blog.comments.length + 1;
  const extra = scaleBlog({ scale, authorSlugs: new Set(blog.authors.map((a) => a.slug)), ...images, firstCommentId });
  await writer.insert("Author", extra.authors);
  const progress = createProgress("older articles", extra.extraArticles);
  let articles = 0;
  let comments = 0;
  for (const block of extra.blocks()) {
    await writer.insert("Article", block.articles);
    await writer.insert("_ArticleToCategory", block.links);
    await writer.insert("Comment", block.comments);
    articles += block.articles.length;
    comments += block.comments.length;
    progress.update(articles);
  }
  return comments;
}

export async function seed(scale = seedScale()): Promise<void> {
  if (!(await mustSeed(scale))) return;
  const started = performance.now();
  await sweepTemporaryUploads();
  const blog = buildBlog();
  const sizes = scaledSizes(scale);
  const comments = scale === 1 ? `${blog.comments.length}` : `about ${(blog.comments.length * scale).toLocaleString("en")}`;
  console.log(
    `Seeding${scale > 1 ? ` scale ${scale}:` : ""} ${sizes.authors} authors, ${sizes.categories} categories, ${sizes.articles} articles, ${comments} comments and ${blog.images.length} images into ${mediaRoot()}`,
  );
  const writer = openWriter();
  try {
    await writer.begin();
    const images = await writeBlog(writer, blog);
    const extraComments = scale > 1 ? await writeScale(writer, scale, blog, images) : 0;
    // Last, so that its presence means every row above is there.
    await writer.insert("SeedMark", [[1, SEED_VERSION, scale, sqlTime(Date.now())]]);
    await writer.commit();
    // Cached mode must not show a page of the data this seed replaced (docs/data-cache.md).
    const stale = await invalidateDataCache();
    if (stale) console.warn(stale);
    await writer.analyze();
    const total = (blog.comments.length + extraComments).toLocaleString("en");
    console.log(
      `Seed finished. ${sizes.articles.toLocaleString("en")} articles and ${total} comments in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await writer.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  Promise.resolve()
    .then(() => seed(scaleFrom(parseArgs({ options: SCALE_OPTION }).values.scale)))
    .catch((error: unknown) => {
      console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
