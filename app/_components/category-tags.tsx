import { categoryPath } from "@/lib/contract/urls/blog";
import type { CategoryLink } from "@/lib/model/views";

/** An article's categories, as links. */
export function CategoryTags({ categories }: { categories: CategoryLink[] }) {
  return (
    <ul className="tags" aria-label="Categories">
      {categories.map((c) => (
        <li key={c.slug}>
          <a href={categoryPath(c.slug)}>{c.name}</a>
        </li>
      ))}
    </ul>
  );
}
