import { createRandom } from "../lib/media/generate";
import { CATEGORIES, FIRST_NAMES, LAST_NAMES } from "./seed-data";
import { ARTICLE_COUNT, buildLayout, SEED } from "./seed-layout";
import { articleTexts, composeBio, composeBody, composeComments, drawFrom, shuffle, topicCategories } from "./seed-text";

export { ARTICLE_COUNT, AUTHOR_COUNT, SEED } from "./seed-layout";

/**
 * The text's own random stream, apart from the layout's, so that editing the corpus moves no
 * picture, date or author. (The rows of larger scales come from SEED + 1.)
 */
const TEXT_SEED = SEED + 2;

/** An original image to render: a portrait, a photo cover or a PNG illustration cover. */
export type SeedImage = {
  key: string;
  folder: "portraits" | "covers";
  name: string;
  extension: "jpg" | "png";
  width: number;
  height: number;
  quality: number;
  seed: number;
};

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The whole blog as plain rows, computed from the fixed seed alone: the layout (seed-layout.ts)
 * dressed in the corpus's words (seed-text.ts). There is one article per title of the corpus,
 * in a shuffled order, so every title appears once and every slug is its title's.
 */
export function buildBlog() {
  const layout = buildLayout();
  const draw = drawFrom(createRandom(TEXT_SEED));
  const texts = shuffle(articleTexts(), draw);
  if (texts.length !== ARTICLE_COUNT) throw new Error(`The corpus has ${texts.length} articles; the blog needs exactly ${ARTICLE_COUNT}.`);
  const images: SeedImage[] = [];

  const authors = layout.authors.map(({ portraitSeed, bioSentences }, i) => {
    const name = `${FIRST_NAMES[i]} ${LAST_NAMES[(i * 5) % LAST_NAMES.length]}`;
    const slug = slugify(name);
    const key = `portrait:${slug}`;
    images.push({ key, folder: "portraits", name: slug, extension: "jpg", width: 600, height: 600, quality: 75, seed: portraitSeed });
    return { id: i + 1, slug, name, bio: composeBio(bioSentences, draw), portraitKey: key };
  });

  const categories = CATEGORIES.map(([name, description], i) => ({ id: i + 1, slug: slugify(name), name, description }));

  const articles = layout.articles.map(({ coverSeed, paragraphs, publishedAt, authorId }, i) => {
    const { topic, title, excerpt } = texts[i]!;
    const slug = slugify(title);
    // Every tenth cover is a flat illustration, uploaded as PNG.
    const png = i % 10 === 4;
    const coverKey = `cover:${slug}`;
    images.push({
      key: coverKey,
      folder: "covers",
      name: slug,
      extension: png ? "png" : "jpg",
      width: 960,
      height: 540,
      quality: 75,
      seed: coverSeed,
    });
    const body = composeBody(topic, paragraphs, draw);
    return { id: i + 1, slug, title, excerpt, body, publishedAt, authorId, coverKey, categoryIds: topicCategories(topic, draw) };
  });

  const counts = articles.map(({ id }) => layout.comments.filter((c) => c.articleId === id).length);
  const bodies = texts.flatMap(({ topic }, i) => composeComments(topic, counts[i]!, draw));
  const comments = layout.comments.map(({ authorName, createdAt, articleId }, n) => ({
    authorName,
    body: bodies[n]!,
    createdAt,
    articleId,
  }));

  return { authors, categories, articles, comments, images };
}
