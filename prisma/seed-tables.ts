/**
 * The tables the seed fills, with their columns in the order its rows list them, and the type
 * each column has in SQL. The seed writes plain SQL (many rows per INSERT) rather than through
 * Prisma, so that a million rows take seconds; the rows must then be stored exactly as Prisma
 * stores them, which is what this module pins down.
 */
export type ColumnType = "int" | "text" | "timestamp";

export const TABLES = {
  Author: { id: "int", slug: "text", name: "text", bio: "text", portrait: "text" },
  Category: { id: "int", slug: "text", name: "text", description: "text" },
  Article: {
    id: "int",
    slug: "text",
    title: "text",
    excerpt: "text",
    body: "text",
    publishedAt: "timestamp",
    cover: "text",
    authorId: "int",
  },
  // Prisma's implicit many-to-many table: A is the article, B the category.
  _ArticleToCategory: { A: "int", B: "int" },
  Comment: { id: "int", authorName: "text", body: "text", createdAt: "timestamp", articleId: "int" },
  SeedMark: { id: "int", version: "int", scale: "int", finishedAt: "timestamp" },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type Table = keyof typeof TABLES;

/** One row: its values in the order of its table's columns. */
export type Row = (string | number)[];

/** The tables whose ids come from a sequence on PostgreSQL; the seed gives every id itself. */
export const SERIAL_TABLES = ["Author", "Category", "Article", "Comment"] as const satisfies Table[];

/**
 * A moment as Prisma writes a DateTime into SQLite ("2019-01-07T11:57:25.935+00:00"). PostgreSQL
 * reads the same text into a timestamp without time zone, ignoring the offset, which is zero.
 */
export function sqlTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, -1)}+00:00`;
}

export function columnsOf(table: Table): string[] {
  return Object.keys(TABLES[table]);
}
