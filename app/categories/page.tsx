import { plural } from "@/app/_components/format";
import { listCategorySummaries } from "@/lib/blog";
import { requestMode } from "@/lib/request-mode";

export const metadata = { title: "Categories" };

export default async function CategoriesPage() {
  const categories = await listCategorySummaries(await requestMode());
  return (
    <>
      <h1>Categories</h1>
      <ul className="category-index">
        {categories.map((c) => (
          <li key={c.slug}>
            <a href={`/categories/${c.slug}`}>{c.name}</a> <small>{plural(c.articleCount, "article", "articles")}</small>
          </li>
        ))}
      </ul>
    </>
  );
}
