/** The plain objects pages render. Both modes return exactly these shapes. */

export type AuthorCard = { slug: string; name: string; portrait: string };
export type CategoryLink = { slug: string; name: string };

export type ArticleCard = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: Date;
  cover: string;
  author: AuthorCard;
  categories: CategoryLink[];
  commentCount: number;
};

export type ArticlePage = {
  articles: ArticleCard[];
  page: number;
  /** Articles per page: 50 without the pagination technique, 10 with it. */
  pageSize: number;
  /** Whether Previous and Next are shown: only with the pagination technique. */
  pageLinks: boolean;
  hasPrevious: boolean;
  hasNext: boolean;
  /** Where the page before and the page after start: the keyset cursors Previous and Next carry. */
  previousCursor: string | null;
  nextCursor: string | null;
};

export type CommentView = { id: number; authorName: string; body: string; createdAt: Date };
export type RelatedArticle = { slug: string; title: string; publishedAt: Date };

export type ArticleDetail = {
  slug: string;
  title: string;
  excerpt: string;
  body: string;
  publishedAt: Date;
  cover: string;
  author: AuthorCard & { bio: string };
  categories: CategoryLink[];
  comments: CommentView[];
  related: RelatedArticle[];
};

export type AuthorProfile = AuthorCard & { bio: string };
export type CategoryProfile = CategoryLink & { description: string };
export type CategorySummary = CategoryLink & { articleCount: number };
