/**
 * The blog's layout: everything but its words. Each author's portrait, each article's cover,
 * date, author and length, and each comment's writer and time, drawn from the fixed seed.
 *
 * The layout is kept exactly as the seed's first version drew it, because figures the docs
 * and the tests rely on follow from it: which portraits and covers the first screen of the
 * home page shows (its weight and request count), which author wrote how many articles. That
 * version made its text word by word from this same random stream, between the draws below,
 * so those draws are still made here: the words they picked are dropped, and the lengths they
 * picked are kept as the lengths of the new text (see seed-text.ts for the words).
 */
import { createRandom } from "../lib/media/generate";
import { COMMENTERS } from "./seed-data";

export const AUTHOR_COUNT = 12;
export const ARTICLE_COUNT = 210;
export const SEED = 20_160_901;

const DAY = 86_400_000;
/** The first article's date; one follows about every nine days, at varying hours. */
export const BLOG_START = Date.UTC(2019, 0, 7, 9, 0, 0);
/** The fewest and most comments an article has. */
export const FEWEST_COMMENTS = 4;
export const MOST_COMMENTS = 24;
/** What the first version's topic and title shape took from the stream. */
const TITLE_DRAWS = 2;

export type AuthorLayout = { portraitSeed: number; bioSentences: number };
export type ArticleLayout = { coverSeed: number; paragraphs: number; publishedAt: Date; authorId: number };
export type CommentLayout = { articleId: number; authorName: string; createdAt: Date };

export function buildLayout() {
  const random = createRandom(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const skip = (draws: number) => {
    for (let n = 0; n < draws; n += 1) random();
  };
  // A sentence of the first version: its number of words, then a draw for each word.
  const sentence = (min: number, max: number) => skip(int(min, max));
  // A paragraph of the first version: three to six sentences. Returns how many.
  const paragraph = () => {
    const sentences = int(3, 6);
    for (let n = 0; n < sentences; n += 1) sentence(8, 18);
    return sentences;
  };

  const authors: AuthorLayout[] = Array.from({ length: AUTHOR_COUNT }, () => ({
    portraitSeed: int(1, 2 ** 30),
    bioSentences: paragraph(),
  }));

  const articles: ArticleLayout[] = Array.from({ length: ARTICLE_COUNT }, (_, i) => {
    skip(TITLE_DRAWS);
    const coverSeed = int(1, 2 ** 30);
    // The first version's categories, now chosen by topic: how many, then each one.
    skip(int(1, 3));
    sentence(18, 30);
    const paragraphs = int(4, 8);
    for (let n = 0; n < paragraphs; n += 1) paragraph();
    const publishedAt = new Date(BLOG_START + i * 9 * DAY + int(0, 8 * 3_600_000));
    return { coverSeed, paragraphs, publishedAt, authorId: int(1, AUTHOR_COUNT) };
  });

  const comments: CommentLayout[] = articles.flatMap((article, i) =>
    Array.from({ length: int(FEWEST_COMMENTS, MOST_COMMENTS) }, (_, n) => {
      const authorName = pick(COMMENTERS);
      sentence(6, 30);
      return { articleId: i + 1, authorName, createdAt: new Date(article.publishedAt.getTime() + (n + 1) * int(600_000, DAY)) };
    }),
  );

  return { authors, articles, comments };
}
