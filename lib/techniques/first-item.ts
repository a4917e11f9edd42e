import "server-only";
import { db } from "../db/client";
import { COMMENT_ORDER, COMMENT_VIEW } from "../model/shapes";
import type { Variants } from "../model/plan";
import type { ArticleDetail, CommentView } from "../model/views";

/**
 * first-item: the first of a relation that is already loaded, Django's `.first()` against `[0]`.
 * `article.comments.first()` runs a query of its own even when the comments were prefetched;
 * `comments[0]` takes the one already in memory.
 * Acts on the article page (`firstComment`: "First to comment", above the comments).
 */
export type FirstItem = {
  /** The article's earliest comment, or null when it has none. */
  firstComment(article: ArticleDetail): Promise<CommentView | null>;
};

export const firstItem = {
  /** 1 query, for a row the page loaded already with the article's comments: one more round trip, O(1) by the index. */
  naive: {
    firstComment: (article) =>
      db.comment.findFirst({ where: { article: { slug: article.slug } }, select: COMMENT_VIEW, orderBy: [...COMMENT_ORDER] }),
  },
  /** No query: the comments are loaded in order, so the first is the first of the list. Nothing grows. */
  optimized: {
    firstComment: async (article) => article.comments[0] ?? null,
  },
} satisfies Variants<FirstItem>;
