import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { OPTIMIZED } from "../../lib/contract/mode";
import { explainStatement, findFullScans, sqliteExplainLines, type SqliteExplainRow } from "../../lib/debug/full-scans";
import type { QueryRecord } from "../../lib/debug/query-record";
import { planFor } from "../../lib/model/plan";
import { runWithRequestContext, type RequestContext } from "../../lib/request/context";
import type { DataCacheLookup } from "../../lib/data-cache/store";
import { sqlTime } from "../../prisma/seed-tables";
import { migrationSql } from "./migrated-databases";

/**
 * A tiny blog in a SQLite file of its own, for the unit tests that count a technique's queries.
 * Every row is fixed, so every count is:
 * - 3 authors (ids 1 to 3); article i is by author ((i - 1) mod 3) + 1.
 * - 4 categories, by name: Databases (id 1) holds the 12 even articles, Performance (id 2) the 8
 *   multiples of 3, Quantum computing (id 3) none, Testing (id 4) the 13 odd ones.
 * - 25 articles, `article-1` to `article-25`, article i published on day i, except article 11,
 *   published the same moment as article 10: newest first is 25 … 12, 11, 10, 9 … 1, the id
 *   breaking the tie.
 * - i mod 4 comments on article i (none on 4, 8, …), written one hour apart after it, and inserted
 *   latest first, so that the order of their ids is not the order they read in.
 */
export const FIXTURE = {
  articles: 25,
  /** Articles 25 down to 1, newest first. */
  newestFirst: Array.from({ length: 25 }, (_, i) => `article-${25 - i}`),
  categories: [
    { id: 1, slug: "databases", name: "Databases", articleCount: 12 },
    { id: 2, slug: "performance", name: "Performance", articleCount: 8 },
    { id: 3, slug: "quantum-computing", name: "Quantum computing", articleCount: 0 },
    { id: 4, slug: "testing", name: "Testing", articleCount: 13 },
  ],
} as const;

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);

export const publishedAt = (article: number) => new Date(FIRST_DAY + (article === 11 ? 10 : article) * DAY);

function categoriesOf(article: number): number[] {
  return [article % 2 === 0 ? 1 : 4, ...(article % 3 === 0 ? [2] : [])];
}

/** Applies prisma/migrations/*\/migration.sql in order, as `prisma migrate deploy` does. */
function migrate(database: Database.Database): void {
  for (const sql of migrationSql("prisma/migrations")) database.exec(sql);
}

function fill(database: Database.Database): void {
  const insert = (sql: string, rows: unknown[][]) => {
    const statement = database.prepare(sql);
    for (const row of rows) statement.run(...row);
  };
  const authors = ["ada", "grace", "linus"];
  insert(
    `INSERT INTO Author (id, slug, name, bio, portrait) VALUES (?, ?, ?, ?, ?)`,
    authors.map((slug, i) => [i + 1, slug, slug.toUpperCase(), `${slug} writes.`, `portraits/${slug}.0123456789.jpg`]),
  );
  insert(
    `INSERT INTO Category (id, slug, name, description) VALUES (?, ?, ?, ?)`,
    FIXTURE.categories.map((c) => [c.id, c.slug, c.name, `About ${c.name}.`]),
  );
  const articles = Array.from({ length: FIXTURE.articles }, (_, i) => i + 1);
  insert(
    `INSERT INTO Article (id, slug, title, excerpt, body, publishedAt, cover, authorId) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    articles.map((i) => [
      i,
      `article-${i}`,
      `Article ${i}`,
      `Excerpt ${i}.`,
      `Body ${i}.\n\nMore.`,
      sqlTime(publishedAt(i).getTime()),
      `covers/c${i}.0123456789.jpg`,
      ((i - 1) % 3) + 1,
    ]),
  );
  insert(
    `INSERT INTO _ArticleToCategory (A, B) VALUES (?, ?)`,
    articles.flatMap((i) => categoriesOf(i).map((category) => [i, category])),
  );
  insert(
    `INSERT INTO Comment (authorName, body, createdAt, articleId) VALUES (?, ?, ?, ?)`,
    articles.flatMap((i) =>
      Array.from({ length: i % 4 }, (_, k) => (i % 4) - k).map((hour) => [
        `Reader ${hour}`,
        `Comment ${hour} on ${i}.`,
        sqlTime(publishedAt(i).getTime() + hour * HOUR),
        i,
      ]),
    ),
  );
}

export type TestBlog = {
  file: string;
  /** Disconnects the Prisma client, if a test loaded it, and deletes the blog. */
  remove(): Promise<void>;
};

/**
 * Writes the blog to a temporary folder and points DATABASE_URL at it. Call it before anything
 * imports lib/db/client.ts (with `await import(…)`), whose client connects where DATABASE_URL
 * says when it loads.
 */
export function createTestBlog(): TestBlog {
  const dir = mkdtempSync(path.join(tmpdir(), "fastblog-unit-"));
  const file = path.join(dir, "blog.db");
  const database = new Database(file);
  try {
    migrate(database);
    fill(database);
  } finally {
    database.close();
  }
  process.env.DATABASE_URL = `file:${file}`;
  return {
    file,
    async remove() {
      const { db } = await import("../../lib/db/client");
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `work` as the server runs a page, inside a request's context (for a client who sees the
 * debug panel, unless `debug` is false), and gives the queries it ran and the data cache's lookups.
 */
export async function recordQueries<T>(
  work: () => Promise<T>,
  { debug = true }: { debug?: boolean } = {},
): Promise<{ result: T; queries: QueryRecord[]; dataCache: DataCacheLookup[] }> {
  const queries: QueryRecord[] = [];
  const context: RequestContext = {
    id: "unit",
    startedAt: 0,
    plan: planFor(OPTIMIZED),
    modeLabel: "optimized",
    path: "/",
    page: { number: 1 },
    queries,
    debug,
    client: "127.0.0.1",
  };
  // Awaited inside the context: a Prisma query is lazy, and runs only when something awaits it.
  const result = await runWithRequestContext(context, async () => await work());
  return { result, queries, dataCache: context.dataCache ?? [] };
}

/** The growing tables a recorded query reads whole, from SQLite's plan for it: what the debug panel flags. */
export function fullScansOf(blog: TestBlog, query: QueryRecord): string[] {
  const database = new Database(blog.file, { readonly: true });
  try {
    const rows = database.prepare(explainStatement("sqlite", query.sql)).all(...(query.args ?? [])) as SqliteExplainRow[];
    return findFullScans("sqlite", query.sql, sqliteExplainLines(rows), query.args);
  } finally {
    database.close();
  }
}
