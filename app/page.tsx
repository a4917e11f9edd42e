import { ArticleList } from "./_components/article-list";
import { Sidebar } from "./_components/sidebar";
import { listLatestArticles, listSidebarCategories } from "@/lib/blog";
import { notFoundPage } from "@/lib/not-found";
import { showsPageLinks } from "@/lib/techniques/article-list";
import { requestMode } from "@/lib/request-mode";
import { imagePolicy, pageNumber, type SearchParams } from "@/lib/route-params";

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const mode = await requestMode();
  const page = await pageNumber(searchParams);
  const [articles, categories] = [await listLatestArticles(mode, page), await listSidebarCategories(mode)];
  if (articles.articles.length === 0 && page > 1) return notFoundPage();
  return (
    <div className="layout">
      <title>fastblog · latest articles</title>
      <div>
        <h1>Latest articles</h1>
        <ArticleList page={articles} images={imagePolicy(mode)} basePath="/" showLinks={showsPageLinks(mode)} />
      </div>
      <Sidebar categories={categories} />
    </div>
  );
}
