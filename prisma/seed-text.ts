/**
 * The blog's words, put together from the hand-written corpus (corpus/): which title goes
 * with which body, which paragraphs and in which order, which comments under which article.
 * Nothing here makes up a sentence. Every choice comes from a seeded random stream, so the
 * same seed always gives the same text, and no text ever puts a word twice in a row, even
 * where two of the corpus's texts meet.
 */
import { BIO_PARTS, CLOSINGS, GENERAL_COMMENTS, TOPICS, type Topic } from "./corpus";
import { CATEGORIES } from "./seed-data";

export type Draw = { pick: <T>(list: readonly T[]) => T; int: (min: number, max: number) => number };

export function drawFrom(random: () => number): Draw {
  return {
    pick: (list) => list[Math.floor(random() * list.length)]!,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
  };
}

/**
 * The words of a text as "the same word twice in a row" compares them: split at spaces, lower-cased,
 * without the punctuation around them ("CSS," is "css"; "HTTP/1.1" and "N+1" stay one word each).
 */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word !== "");
}

/** The first word of a text that directly follows itself, or null when there is none. */
export function doubledWord(text: string): string | null {
  const words = wordsOf(text);
  return words.find((word, i) => i > 0 && word === words[i - 1]) ?? null;
}

/** A random order of a list (Fisher–Yates). */
export function shuffle<T>(list: readonly T[], { int }: Draw): T[] {
  const order = [...list];
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Up to `count` different texts of `pool`, in a random order, none beginning with the word that
 * the text before it (or `after`) ends with: joined, they never put a word twice in a row.
 */
function drawTexts(pool: readonly string[], count: number, { int }: Draw, after = ""): string[] {
  const left = [...pool];
  const chosen: string[] = [];
  let last = wordsOf(after).at(-1);
  while (chosen.length < count && left.length > 0) {
    const start = int(0, left.length - 1);
    const fits = Array.from({ length: left.length }, (_, k) => (start + k) % left.length).find((i) => wordsOf(left[i]!)[0] !== last);
    const [text] = left.splice(fits ?? start, 1);
    chosen.push(text!);
    last = wordsOf(text!).at(-1);
  }
  return chosen;
}

/** One article of the corpus: its title, its excerpt and the topic its body and comments come from. */
export type ArticleText = { topic: Topic; title: string; excerpt: string };

export function articleTexts(): ArticleText[] {
  return TOPICS.flatMap((topic) => topic.articles.map(({ title, excerpt }) => ({ topic, title, excerpt })));
}

/** A body of `paragraphs` paragraphs from the topic; one of five or more ends, one time in two, with a closing paragraph. */
export function composeBody(topic: Topic, paragraphs: number, draw: Draw): string {
  const closing = paragraphs >= 5 && draw.int(0, 1) === 1;
  const body = drawTexts(topic.paragraphs, paragraphs - (closing ? 1 : 0), draw);
  if (closing) body.push(...drawTexts(CLOSINGS, 1, draw, body.at(-1)));
  return body.join("\n\n");
}

/** A bio of `sentences` sentences, three to six: a role, a past, what the author writes about, and a line about life. */
export function composeBio(sentences: number, draw: Draw): string {
  const bio: string[] = [];
  const add = (pool: readonly string[], count: number) => bio.push(...drawTexts(pool, count, draw, bio.at(-1)));
  add(BIO_PARTS.roles, 1);
  add(BIO_PARTS.past, 1);
  add(BIO_PARTS.interests, sentences - 3);
  add(BIO_PARTS.life, 1);
  return bio.join(" ");
}

/** `count` different comments for an article on the topic: about two in five about the topic itself, the others general. */
export function composeComments(topic: Topic, count: number, { int }: Draw): string[] {
  const own = [...topic.comments];
  const general = [...GENERAL_COMMENTS];
  return Array.from({ length: count }, () => {
    const from = own.length > 0 && (general.length === 0 || int(1, 5) <= 2) ? own : general;
    return from.splice(int(0, from.length - 1), 1)[0]!;
  });
}

/** The ids (as in CATEGORIES) of the categories each topic names, checked once. */
const TOPIC_CATEGORIES = new Map(
  TOPICS.map((topic) => [
    topic,
    topic.categories.map((name) => {
      const index = CATEGORIES.findIndex(([category]) => category === name);
      if (index < 0) throw new Error(`The corpus names a category that seed-data.ts does not have: ${name}.`);
      return index + 1;
    }),
  ]),
);

/** An article's category ids, ascending: its topic's first category and none to two of the topic's others. */
export function topicCategories(topic: Topic, draw: Draw): number[] {
  const [first, ...others] = TOPIC_CATEGORIES.get(topic)!;
  return [first!, ...shuffle(others, draw).slice(0, draw.int(0, 2))].sort((a, b) => a - b);
}
