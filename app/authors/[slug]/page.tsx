import { ArticleList } from "@/app/_components/article-list";
import { BlogImage } from "@/app/_components/blog-image";
import { getAuthorWithArticles } from "@/lib/blog";
import { notFoundPage } from "@/lib/not-found";
import { showsPageLinks } from "@/lib/techniques/article-list";
import { requestMode } from "@/lib/request-mode";
import { imagePolicy, pageNumber, type SearchParams } from "@/lib/route-params";

export default async function AuthorPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: SearchParams }) {
  const mode = await requestMode();
  const { slug } = await params;
  const page = await pageNumber(searchParams);
  const found = await getAuthorWithArticles(mode, slug, page);
  // An author without articles still has a page; a page number past their last does not.
  if (!found || (found.articles.articles.length === 0 && page > 1)) return notFoundPage();
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
