import type { PagePlan } from "@/lib/request/page-plan";
import type { ArticlePage } from "@/lib/model/views";
import { ArticleCard } from "./article-card";
import { PageLinks } from "./page-links";

export function ArticleList({ page, images, basePath }: { page: ArticlePage; images: PagePlan["thumbnails"]; basePath: string }) {
  return (
    <section className="article-list" aria-label="Articles">
      {page.articles.length === 0 ? <p>No articles yet.</p> : null}
      {page.articles.map((article, index) => (
        <ArticleCard key={article.slug} article={article} images={images} index={index} />
      ))}
      {page.pageLinks ? <PageLinks page={page} basePath={basePath} /> : null}
    </section>
  );
}
