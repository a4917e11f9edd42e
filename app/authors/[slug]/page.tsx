import { notFound } from "next/navigation";
import { ArticleList } from "@/app/_components/article-list";
import { BlogImage } from "@/app/_components/blog-image";
import { getAuthorWithArticles } from "@/lib/blog";
import { showsPageLinks } from "@/lib/techniques/article-list";
import { requestMode } from "@/lib/request-mode";
import { imagePolicy, pageNumber, type SearchParams } from "@/lib/route-params";

export default async function AuthorPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: SearchParams }) {
  const mode = await requestMode();
  const { slug } = await params;
  const found = await getAuthorWithArticles(mode, slug, await pageNumber(searchParams));
  if (!found || found.articles.articles.length === 0) notFound();
  const images = imagePolicy(mode);
  return (
    <>
      <title>{`${found.author.name} · fastblog`}</title>
      <div className="author-head">
        <BlogImage policy={images} src={found.author.portrait} kind="portrait-large" alt={found.author.name} />
        <div>
          <h1>{found.author.name}</h1>
          <p>{found.author.bio}</p>
        </div>
      </div>
      <ArticleList page={found.articles} images={images} basePath={`/authors/${found.author.slug}`} showLinks={showsPageLinks(mode)} />
    </>
  );
}
