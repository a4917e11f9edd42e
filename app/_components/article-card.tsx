import { ARTICLE_CARD_CLASS } from "@/lib/contract/markup";
import { articlePath, authorPath } from "@/lib/contract/urls/blog";
import type { ArticleCard as ArticleCardData } from "@/lib/model/views";
import { formatDate, plural } from "./format";
import type { PagePlan } from "@/lib/request/page-plan";
import { BlogImage } from "./blog-image";
import { CategoryTags } from "./category-tags";

/** One listed article: title, excerpt, date, author with portrait, categories, comment count. */
export function ArticleCard({ article, images, index }: { article: ArticleCardData; images: PagePlan["thumbnails"]; index: number }) {
  return (
    <article className={ARTICLE_CARD_CLASS}>
      <BlogImage images={images} src={article.cover} kind="cover-card" alt="" index={index} />
      <div className="card-text">
        <h2>
          <a href={articlePath(article.slug)}>{article.title}</a>
        </h2>
        <p className="byline">
          <BlogImage images={images} src={article.author.portrait} kind="portrait" alt={article.author.name} index={index} />
          <a href={authorPath(article.author.slug)}>{article.author.name}</a>
          <span> · </span>
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
          <span> · </span>
          <span className="comment-count">{plural(article.commentCount, "comment", "comments")}</span>
        </p>
        <p className="excerpt">{article.excerpt}</p>
        <CategoryTags categories={article.categories} />
      </div>
    </article>
  );
}
