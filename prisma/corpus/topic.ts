/**
 * One subject the blog writes about: the titles and excerpts of its articles, the paragraphs
 * their bodies are made of, and the comments readers leave under them. Every text is written
 * out in full; the seed only chooses and orders them (see ../seed-text.ts).
 */
export type Topic = {
  /** Names from CATEGORIES in ../seed-data.ts: each article is in the first and may be in one or two of the others. */
  categories: readonly string[];
  /** One article each, with the sentence listed under its title. */
  articles: readonly { title: string; excerpt: string }[];
  /** Each stands on its own, so that a body can take any few of them in any order. */
  paragraphs: readonly string[];
  /** Comments that only make sense under an article on this topic. */
  comments: readonly string[];
};
