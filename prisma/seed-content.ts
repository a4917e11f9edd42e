import { createRandom } from "../lib/media/generate";
import { CATEGORIES, COMMENTERS, EMPTY_CATEGORY_COUNT, FIRST_NAMES, LAST_NAMES, TITLE_SHAPES, TOPICS, WORDS } from "./seed-data";

export const AUTHOR_COUNT = 12;
export const ARTICLE_COUNT = 210;
export const SEED = 20_160_901;

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

/** The whole blog as plain rows, computed from the fixed seed alone. */
export function buildBlog() {
  const random = createRandom(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const sentence = (min: number, max: number) => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: int(3, 6) }, () => sentence(8, 18)).join(" ");
  const images: SeedImage[] = [];

  const authors = Array.from({ length: AUTHOR_COUNT }, (_, i) => {
    const name = `${FIRST_NAMES[i]} ${LAST_NAMES[(i * 5) % LAST_NAMES.length]}`;
    const slug = slugify(name);
    const key = `portrait:${slug}`;
    images.push({ key, folder: "portraits", name: slug, extension: "jpg", width: 600, height: 600, quality: 75, seed: int(1, 2 ** 30) });
    return { id: i + 1, slug, name, bio: `${paragraph()}`, portraitKey: key };
  });

  const categories = CATEGORIES.map(([name, description], i) => ({ id: i + 1, slug: slugify(name), name, description }));
  const filled = categories.length - EMPTY_CATEGORY_COUNT;

  const start = Date.UTC(2019, 0, 7, 9, 0, 0);
  const usedSlugs = new Set<string>();
  const articles = Array.from({ length: ARTICLE_COUNT }, (_, i) => {
    const topic = pick(TOPICS);
    const shape = pick(TITLE_SHAPES);
    const title = shape.replace("{t}", topic).replace("{T}", topic[0]!.toUpperCase() + topic.slice(1));
    let slug = slugify(title);
    for (let n = 2; usedSlugs.has(slug); n += 1) slug = `${slugify(title)}-${n}`;
    usedSlugs.add(slug);
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
      seed: int(1, 2 ** 30),
    });
    const categoryIds = [...new Set(Array.from({ length: int(1, 3) }, () => int(1, filled)))].sort((a, b) => a - b);
    return {
      id: i + 1,
      slug,
      title,
      excerpt: sentence(18, 30),
      body: Array.from({ length: int(4, 8) }, paragraph).join("\n\n"),
      // About one article every nine days, at varying hours.
      publishedAt: new Date(start + i * 9 * 86_400_000 + int(0, 8 * 3_600_000)),
      authorId: int(1, AUTHOR_COUNT),
      coverKey,
      categoryIds,
    };
  });

  const comments = articles.flatMap((article) =>
    Array.from({ length: int(4, 24) }, (_, n) => ({
      authorName: pick(COMMENTERS),
      body: sentence(6, 30),
      createdAt: new Date(article.publishedAt.getTime() + (n + 1) * int(600_000, 86_400_000)),
      articleId: article.id,
    })),
  );

  return { authors, categories, articles, comments, images };
}
