import { ArticleList } from "@/app/_components/article-list";
import { BlogImage } from "@/app/_components/blog-image";
import { notFoundPage } from "@/app/_components/not-found-notice";
import { authorPath } from "@/lib/contract/urls/blog";
import { getAuthorWithArticles } from "@/lib/data/blog";
import { pageRequest } from "@/lib/request/page-request";

export default async function AuthorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { plan, page } = pageRequest();
  const found = await getAuthorWithArticles(plan, (await params).slug, page);
  // An author without articles still has a page; a page number past their last does not.
  if (!found || (found.articles.articles.length === 0 && page.number > 1)) return notFoundPage();
  return (
    <>
      <title>{`${found.author.name} · fastblog`}</title>
      <div className="author-head">
        <BlogImage images={plan.thumbnails} src={found.author.portrait} kind="portrait-large" alt={found.author.name} />
        <div>
          <h1>{found.author.name}</h1>
          <p>{found.author.bio}</p>
        </div>
      </div>
      <ArticleList page={found.articles} images={plan.thumbnails} basePath={authorPath(found.author.slug)} />
    </>
  );
}
