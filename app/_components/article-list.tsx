import type { ArticlePage } from "@/lib/types";
import { ArticleCard } from "./article-card";
import type { ImagePolicy } from "./blog-image";
import { PageLinks } from "./page-links";

export function ArticleList({ page, images, basePath, showLinks }: { page: ArticlePage; images: ImagePolicy; basePath: string; showLinks: boolean }) {
  return (
    <section className="article-list" aria-label="Articles">
      {page.articles.length === 0 ? <p>No articles yet.</p> : null}
      {page.articles.map((article, index) => (
        <ArticleCard key={article.slug} article={article} images={images} index={index} />
      ))}
      {showLinks ? <PageLinks page={page} basePath={basePath} /> : null}
    </section>
  );
}
