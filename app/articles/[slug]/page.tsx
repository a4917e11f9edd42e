import { BlogImage } from "@/app/_components/blog-image";
import { CategoryTags } from "@/app/_components/category-tags";
import { formatDate, plural } from "@/app/_components/format";
import { notFoundPage } from "@/app/_components/not-found-notice";
import { articlePath, authorPath } from "@/lib/contract/urls/blog";
import { getArticle, getFirstComment } from "@/lib/data/blog";
import { pageRequest } from "@/lib/request/page-request";

type Params = Promise<{ slug: string }>;

export default async function ArticlePage({ params }: { params: Params }) {
  const { plan } = pageRequest();
  const article = await getArticle(plan, (await params).slug);
  if (!article) return notFoundPage();
  const images = plan.thumbnails;
  const firstComment = await getFirstComment(plan, article);
  return (
    <article className="article-page">
      <title>{`${article.title} · fastblog`}</title>
      <h1>{article.title}</h1>
      <p className="byline">
        <BlogImage images={images} src={article.author.portrait} kind="portrait" alt={article.author.name} />
        <a href={authorPath(article.author.slug)}>{article.author.name}</a>
        <span> · </span>
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
      </p>
      <CategoryTags categories={article.categories} />
      <BlogImage images={images} src={article.cover} kind="cover-hero" alt="" />
      <div className="article-body">
        {article.body.split("\n\n").map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      <section className="related" aria-label="Related articles">
        <h2>Related articles</h2>
        <ul>
          {article.related.map((r) => (
            <li key={r.slug}>
              <a href={articlePath(r.slug)}>{r.title}</a> <small>{formatDate(r.publishedAt)}</small>
            </li>
          ))}
        </ul>
      </section>
      <section className="comments" aria-label="Comments">
        <h2>{plural(article.comments.length, "comment", "comments")}</h2>
        {firstComment ? (
          <p className="first-comment">
            First to comment: {firstComment.authorName}, {formatDate(firstComment.createdAt)}
          </p>
        ) : null}
        {article.comments.map((c) => (
          <div className="comment" key={c.id}>
            <div className="comment-meta">
              {c.authorName} · {formatDate(c.createdAt)}
            </div>
            <p>{c.body}</p>
          </div>
        ))}
      </section>
    </article>
  );
}
