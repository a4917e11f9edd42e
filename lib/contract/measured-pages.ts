/**
 * The pages both modes must show alike. The e2e parity test and the benchmark read this list.
 * Slugs come from the deterministic seed.
 */
export const ROUTES = [
  { name: "home", path: "/" },
  { name: "home, page 2", path: "/?page=2" },
  { name: "article", path: "/articles/a-practical-guide-to-brotli" },
  { name: "author", path: "/authors/ada-lovelace" },
  { name: "categories", path: "/categories" },
  { name: "category", path: "/categories/databases" },
] as const;

export type Route = (typeof ROUTES)[number];
