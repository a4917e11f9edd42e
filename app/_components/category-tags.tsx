import type { CategoryLink } from "@/lib/model/views";

/** An article's categories, as links. */
export function CategoryTags({ categories }: { categories: CategoryLink[] }) {
  return (
    <ul className="tags" aria-label="Categories">
      {categories.map((c) => (
        <li key={c.slug}>
          <a href={`/categories/${c.slug}`}>{c.name}</a>
        </li>
      ))}
    </ul>
  );
}
