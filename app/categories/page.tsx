import { plural } from "@/app/_components/format";
import { categoryPath } from "@/lib/contract/urls/blog";
import { listCategorySummaries } from "@/lib/data/blog";
import { pageRequest } from "@/lib/request/page-request";

export const metadata = { title: "Categories" };

export default async function CategoriesPage() {
  const categories = await listCategorySummaries(pageRequest().plan);
  return (
    <>
      <h1>Categories</h1>
      <ul className="category-index">
        {categories.map((c) => (
          <li key={c.slug}>
            <a href={categoryPath(c.slug)}>{c.name}</a> <small>{plural(c.articleCount, "article", "articles")}</small>
          </li>
        ))}
      </ul>
    </>
  );
}
