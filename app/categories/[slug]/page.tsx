import { ArticleList } from "@/app/_components/article-list";
import { notFoundPage } from "@/app/_components/not-found-notice";
import { categoryPath } from "@/lib/contract/urls/blog";
import { getCategoryWithArticles } from "@/lib/data/blog";
import { pageRequest } from "@/lib/request/page-request";

export default async function CategoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { plan, page } = pageRequest();
  const found = await getCategoryWithArticles(plan, (await params).slug, page);
  if (!found || found.articles.articles.length === 0) return notFoundPage();
  return (
    <>
      <title>{`${found.category.name} · fastblog`}</title>
      <h1>{found.category.name}</h1>
      <p>{found.category.description}</p>
      <ArticleList page={found.articles} images={plan.thumbnails} basePath={categoryPath(found.category.slug)} />
    </>
  );
}
