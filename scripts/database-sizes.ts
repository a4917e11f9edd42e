/**
 * Prints how many articles and comments the database at DATABASE_URL holds, as one line of JSON.
 * The benchmark's scale curve names each scale's size with it: it runs in a process of its own,
 * as the seed does, since the benchmark reaches fastblog only through its server and its contract.
 *
 *   node --import tsx scripts/database-sizes.ts        {"articles":210,"comments":3014}
 */
import { createPrismaClient } from "../lib/db/prisma-client";

export async function countRows(): Promise<{ articles: number; comments: number }> {
  const db = createPrismaClient({ instrumented: false });
  try {
    const [articles, comments] = await Promise.all([db.article.count(), db.comment.count()]);
    return { articles, comments };
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  countRows()
    .then((sizes) => console.log(JSON.stringify(sizes)))
    .catch((error: unknown) => {
      console.error(`Counting the rows failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
