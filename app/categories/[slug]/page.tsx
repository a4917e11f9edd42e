import { ArticleList } from "@/app/_components/article-list";
import { getCategoryWithArticles } from "@/lib/blog";
import { notFoundPage } from "@/lib/not-found";
import { showsPageLinks } from "@/lib/techniques/article-list";
import { requestMode } from "@/lib/request-mode";
import { imagePolicy, pageNumber, type SearchParams } from "@/lib/route-params";

export default async function CategoryPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: SearchParams }) {
  const mode = await requestMode();
  const { slug } = await params;
  const found = await getCategoryWithArticles(mode, slug, await pageNumber(searchParams));
  if (!found || found.articles.articles.length === 0) return notFoundPage();
  return (
    <>
      <title>{`${found.category.name} · fastblog`}</title>
      <h1>{found.category.name}</h1>
      <p>{found.category.description}</p>
      <ArticleList page={found.articles} images={imagePolicy(mode)} basePath={`/categories/${found.category.slug}`} showLinks={showsPageLinks(mode)} />
    </>
  );
}
