import { ArticleList } from "./_components/article-list";
import { notFoundPage } from "./_components/not-found-notice";
import { Sidebar } from "./_components/sidebar";
import { HOME_PATH } from "@/lib/contract/urls/blog";
import { listLatestArticles, listSidebarCategories } from "@/lib/data/blog";
import { pageRequest } from "@/lib/request/page-request";

export default async function HomePage() {
  const { plan, page } = pageRequest();
  const [articles, categories] = [await listLatestArticles(plan, page), await listSidebarCategories(plan)];
  if (articles.articles.length === 0 && page.number > 1) return notFoundPage();
  return (
    <div className="layout">
      <title>fastblog · latest articles</title>
      <div>
        <h1>Latest articles</h1>
        <ArticleList page={articles} images={plan.thumbnails} basePath={HOME_PATH} />
      </div>
      <Sidebar categories={categories} />
    </div>
  );
}
