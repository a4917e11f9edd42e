/**
 * What the rows a larger scale adds are made of: names for new authors, and pools of texts
 * composed once from the corpus, so that millions of rows take seconds to make.
 */
import { TOPICS, type Topic } from "./corpus";
import { slugify } from "./seed-content";
import { FIRST_NAMES, LAST_NAMES } from "./seed-data";
import { MOST_COMMENTS } from "./seed-layout";
import { articleTexts, composeBio, composeBody, composeComments, type Draw } from "./seed-text";

/** An older article's words: a title of the corpus with its excerpt, and a body from its topic. */
export type PooledArticle = { topic: Topic; title: string; slug: string; excerpt: string; body: string };

/**
 * Texts composed once from the seed; older articles, their authors and comments are made of
 * them, which is quick. A thread is the comments of one article, of which an article with
 * fewer takes the first ones, so that no article has the same comment twice.
 */
export function textPools(draw: Draw) {
  const texts = articleTexts();
  const articles: PooledArticle[] = Array.from({ length: 4_096 }, () => {
    const { topic, title, excerpt } = draw.pick(texts);
    return { topic, title, slug: slugify(title), excerpt, body: composeBody(topic, draw.int(4, 8), draw) };
  });
  const threads = new Map(TOPICS.map((topic) => [topic, Array.from({ length: 128 }, () => composeComments(topic, MOST_COMMENTS, draw))]));
  const bios = Array.from({ length: 1_024 }, () => composeBio(draw.int(3, 6), draw));
  return { articles, threads, bios };
}

/** A fresh name and slug for each author after the blog's own: first and last names, then with a middle initial. */
export function authorNames(count: number, taken: ReadonlySet<string>): { name: string; slug: string }[] {
  const names: { name: string; slug: string }[] = [];
  for (let i = 0; names.length < count; i += 1) {
    const pairs = FIRST_NAMES.length * LAST_NAMES.length;
    const middle = Math.floor(i / pairs);
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const name = middle === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(64 + middle)}. ${last}`;
    const slug = slugify(name);
    if (!taken.has(slug)) names.push({ name, slug });
  }
  return names;
}
