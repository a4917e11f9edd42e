import { categoryPath } from "@/lib/contract/urls/blog";
import type { CategoryLink } from "@/lib/model/views";

/** The categories that have articles; empty ones are left out. */
export function Sidebar({ categories }: { categories: CategoryLink[] }) {
  return (
    <aside className="sidebar">
      <h2>Categories</h2>
      <ul>
        {categories.map((c) => (
          <li key={c.slug}>
            <a href={categoryPath(c.slug)}>{c.name}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
