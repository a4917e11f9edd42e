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
 * The three empty categories stay empty, and the others fill up. The older articles reuse the blog's own covers and
 * the new authors its portraits, so a scale writes no image the blog does not already have.
 * Everything comes from a fixed random seed: the same scale gives the same rows.
 */
import { createRandom } from "../lib/media/generate";
import { ARTICLE_COUNT, AUTHOR_COUNT, SEED } from "./seed-content";
import { CATEGORIES, COMMENTERS, EMPTY_CATEGORY_COUNT } from "./seed-data";
import { authorNames, drawFrom, textPools, type Draw } from "./seed-scale-text";
import { sqlTime, type Row } from "./seed-tables";

const DAY = 86_400_000;
/** The blog's first article; older ones go before it. */
const BLOG_START = Date.UTC(2019, 0, 7, 9, 0, 0);
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
  /** The categories an article may be in. */
  filled: readonly number[];
  covers: readonly string[];
  authors: number;
};

/** The k-th older article (0 is the newest of them), its category links and comments, added to the block. */
function addOlderArticle(
  k: number,
  firstCommentId: number,
  { draw: { pick, int }, pools, gap, filled, covers, authors }: Older,
  block: ExtraBlock,
): number {
  // Ids follow the blog's own; the further k goes, the older the article.
  const id = ARTICLE_COUNT + 1 + k;
  const { title, slug } = pick(pools.titles);
  const published = BLOG_START - (k + 1) * gap + int(0, Math.floor(gap / 2));
  const body = Array.from({ length: int(4, 8) }, () => pick(pools.paragraphs)).join("\n\n");
  block.articles.push([
    id,
    `${slug}-${id}`,
    title,
    pick(pools.excerpts),
    body,
    sqlTime(published),
    covers[k % covers.length]!,
    int(1, authors),
  ]);
  const categoryIds = [...new Set(Array.from({ length: int(1, 3) }, () => pick(filled)))].sort((a, b) => a - b);
  for (const categoryId of categoryIds) block.links.push([id, categoryId]);
  const comments = int(4, 24);
  for (let n = 0; n < comments; n += 1) {
    block.comments.push([firstCommentId + n, pick(COMMENTERS), pick(pools.remarks), sqlTime(published + (n + 1) * int(600_000, DAY)), id]);
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
    draw.pick(pools.paragraphs),
    portraits[i % portraits.length]!,
  ]);
  // The blog's own empty categories stay empty at every scale.
  const filled = Array.from({ length: CATEGORIES.length - EMPTY_CATEGORY_COUNT }, (_, i) => i + 1);
  const extra = sizes.articles - ARTICLE_COUNT;
  const older: Older = {
    draw,
    pools,
    gap: Math.min(9 * DAY, Math.floor(OLDEST_SPAN / Math.max(extra, 1))),
    filled,
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
