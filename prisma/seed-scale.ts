/**
 * The blog at N times its size, for measuring at production scale (`--scale N`, SEED_SCALE).
 * Scale 1 is `buildBlog()` alone. Above it, the blog keeps its own 210 articles as the newest
 * ones, ids and all, and gains older ones before them, as if it had been running for longer:
 *
 *   articles and comments   N times (comments per article drawn as the blog's own: 4 to 24)
 *   authors                 12 × √N, rounded: a bigger blog has more writers, each writing more
 *   categories              the blog's 20 at every scale: they are its sections, an editorial
 *                           list that does not multiply with the archive. Every page that lists
 *                           them all (the sidebar, /categories) is O(categories), so growing them
 *                           would measure a different blog, not the same blog with more data.
 *
 * Each older article is in its topic's categories, as the blog's own are, so the three empty
 * categories stay empty and the others fill up. The older articles reuse the blog's own covers
 * and the new authors its portraits, so a scale writes no image the blog does not already have.
 * Their words come from the same corpus, composed once into pools (seed-scale-text.ts).
 * Everything comes from a fixed random seed: the same scale gives the same rows.
 */
import { createRandom } from "../lib/media/generate";
import { CATEGORIES, COMMENTERS } from "./seed-data";
import { ARTICLE_COUNT, AUTHOR_COUNT, BLOG_START, FEWEST_COMMENTS, MOST_COMMENTS, SEED } from "./seed-layout";
import { authorNames, textPools } from "./seed-scale-text";
import { sqlTime, type Row } from "./seed-tables";
import { drawFrom, topicCategories, type Draw } from "./seed-text";

const DAY = 86_400_000;
/** The older articles span at most this long (back to early 2000), closer together as the scale grows. */
const OLDEST_SPAN = BLOG_START - Date.UTC(2000, 0, 1);
/** Older articles are made and written a block at a time, so that memory stays small at any scale. */
const BLOCK_ARTICLES = 2_000;

export function scaledSizes(scale: number): { articles: number; authors: number; categories: number } {
  return {
    articles: ARTICLE_COUNT * scale,
    authors: Math.round(AUTHOR_COUNT * Math.sqrt(scale)),
    categories: CATEGORIES.length,
  };
}

export type ScaleInput = {
  scale: number;
  /** The blog's own author slugs, which new authors must not take. */
  authorSlugs: ReadonlySet<string>;
  /** The stored paths of the blog's own portraits and covers, which the new rows reuse. */
  portraits: readonly string[];
  covers: readonly string[];
  /** The first comment id after the blog's own comments. */
  firstCommentId: number;
};

export type ExtraBlock = { articles: Row[]; links: Row[]; comments: Row[] };

type Older = {
  draw: Draw;
  pools: ReturnType<typeof textPools>;
  /** Time between two older articles. */
  gap: number;
  covers: readonly string[];
  authors: number;
};

/** The k-th older article (0 is the newest of them), its category links and comments, added to the block. */
function addOlderArticle(k: number, firstCommentId: number, { draw, pools, gap, covers, authors }: Older, block: ExtraBlock): number {
  const { pick, int } = draw;
  // Ids follow the blog's own; the further k goes, the older the article.
  const id = ARTICLE_COUNT + 1 + k;
  const { topic, title, slug, excerpt, body } = pick(pools.articles);
  const published = BLOG_START - (k + 1) * gap + int(0, Math.floor(gap / 2));
  block.articles.push([id, `${slug}-${id}`, title, excerpt, body, sqlTime(published), covers[k % covers.length]!, int(1, authors)]);
  for (const categoryId of topicCategories(topic, draw)) block.links.push([id, categoryId]);
  const comments = int(FEWEST_COMMENTS, MOST_COMMENTS);
  const thread = pick(pools.threads.get(topic)!);
  for (let n = 0; n < comments; n += 1) {
    block.comments.push([firstCommentId + n, pick(COMMENTERS), thread[n]!, sqlTime(published + (n + 1) * int(600_000, DAY)), id]);
  }
  return firstCommentId + comments;
}

/** The rows a scale adds to the blog: authors, then older articles in blocks. */
export function scaleBlog({ scale, authorSlugs, portraits, covers, firstCommentId }: ScaleInput) {
  const draw = drawFrom(createRandom(SEED + 1));
  const pools = textPools(draw);
  const sizes = scaledSizes(scale);
  const authors: Row[] = authorNames(sizes.authors - AUTHOR_COUNT, authorSlugs).map(({ name, slug }, i) => [
    AUTHOR_COUNT + 1 + i,
    slug,
    name,
    draw.pick(pools.bios),
    portraits[i % portraits.length]!,
  ]);
  const extra = sizes.articles - ARTICLE_COUNT;
  const older: Older = {
    draw,
    pools,
    gap: Math.min(9 * DAY, Math.floor(OLDEST_SPAN / Math.max(extra, 1))),
    covers,
    authors: sizes.authors,
  };

  function* blocks(): Generator<ExtraBlock> {
    let commentId = firstCommentId;
    for (let first = 0; first < extra; first += BLOCK_ARTICLES) {
      const block: ExtraBlock = { articles: [], links: [], comments: [] };
      for (let k = first; k < Math.min(extra, first + BLOCK_ARTICLES); k += 1) commentId = addOlderArticle(k, commentId, older, block);
      yield block;
    }
  }

  return { sizes, authors, extraArticles: extra, blocks };
}
