import type { Topic } from "./topic";

export const INDEXES: Topic = {
  categories: ["Databases", "Performance", "Backend", "Tooling"],
  articles: [
    {
      title: "A practical guide to database indexes",
      excerpt:
        "Indexes are the cheapest speedup a database offers and the easiest to get wrong. What they are, when they help, and when they quietly cost you.",
    },
    {
      title: "Reading a query plan without fear",
      excerpt:
        "EXPLAIN output looks cryptic at first, but most of it comes down to one question: did the database read the rows it needed, or all of them?",
    },
    {
      title: "Why your index is not being used",
      excerpt:
        "You added the index, the query is still slow, and the plan still says sequential scan. Six common reasons, from type mismatches to functions.",
    },
    {
      title: "Composite indexes and column order",
      excerpt:
        "An index on two columns is not the same as two indexes. The order of the columns decides which queries it can serve, and the rule is simple.",
    },
    {
      title: "Sorting is where indexes earn their keep",
      excerpt:
        "A query that sorts a large table and returns ten rows can be instant or painfully slow. The difference is an index that matches the ORDER BY.",
    },
    {
      title: "The hidden cost of too many indexes",
      excerpt:
        "Every index speeds up some reads and slows down every write. How we audited ours and dropped a third of them without anyone noticing.",
    },
    {
      title: "Covering indexes in practice",
      excerpt:
        "When an index holds every column a query needs, the database never has to visit the table at all. A small trick with large effects.",
    },
    {
      title: "Full table scans are not always bad",
      excerpt:
        "For small tables, or queries that return most of the rows, a sequential scan is the fastest plan there is. Knowing when to leave the planner alone.",
    },
    {
      title: "Indexing foreign keys",
      excerpt:
        "Some databases index foreign keys for you and some do not. If yours does not, every join and every cascading delete may scan a whole table.",
    },
    {
      title: "EXPLAIN ANALYZE on a real page",
      excerpt:
        "We took the slowest page on our site and ran each of its queries through EXPLAIN ANALYZE. Two of them accounted for ninety percent of the time.",
    },
    {
      title: "Partial indexes for the common case",
      excerpt:
        "If most queries only ask for published articles, an index over just those rows is smaller, faster and cheaper to keep up to date. Drafts and deleted rows never touch it.",
    },
    {
      title: "Statistics, ANALYZE and the planner",
      excerpt:
        "A query planner is only as good as what it knows about your data. Stale statistics after a bulk load can turn a fast query slow overnight.",
    },
    {
      title: "Indexes on SQLite and PostgreSQL",
      excerpt:
        "Both databases use B-trees and both read the same CREATE INDEX, but their planners make different choices. The same queries, side by side.",
    },
  ],
  paragraphs: [
    "An index is a sorted copy of one or more columns, with a pointer back to each row. Looking up a value in it takes a handful of steps however large the table grows, where reading the table itself takes time in proportion to its size. That difference is invisible with a thousand rows and decisive with ten million.",
    "The first thing to read in a query plan is how each table is accessed. A line saying the database scans the whole table, where you expected it to search an index, explains most slow queries on its own. PostgreSQL says Seq Scan or Index Scan; SQLite says SCAN or SEARCH. Everything else in the plan is detail until that line looks right.",
    "Column order in a composite index follows one rule: the index can only be used from the left. An index on author and published date serves queries that filter by author, and queries that filter by author and sort by date, but not queries that only sort by date. Put the columns you filter on by equality first, and the one you sort or range over last.",
    "Sorting is often the expensive part of a listing query. Without a matching index, the database must read every row that passes the filter, sort them all, and then throw away everything but the first page. With an index in the same order as the ORDER BY, it reads the first ten entries and stops. On a large table that is the difference between seconds and microseconds.",
    "Indexes are not free. Every insert, update and delete must also update each index on the table, and every index takes memory that could have held data pages. A table with twelve indexes, half of them unused, pays for all twelve on every write. Most databases can report how often each index is used, and the ones that show zero after a month are good candidates to drop.",
    "A planner that picks a full scan is not always wrong. If a query returns most of the table, reading it in order is cheaper than jumping back and forth between the index and the rows. The same goes for tiny tables, which fit in a page or two. Before forcing an index, check how many rows the query really returns.",
    "Functions on indexed columns are a classic reason for an index to be ignored. An index on email cannot serve a query that filters on lower(email), because it holds the original values, not the lowered ones. Either index the expression itself, or store the value in the form you search for. The same applies to casts, and to comparing a text column with a number.",
    "EXPLAIN shows the plan the database intends to run; EXPLAIN ANALYZE runs the query and shows what actually happened, with real row counts and timings for each step. When the estimated and actual row counts differ by orders of magnitude, the planner is working from bad statistics, and running ANALYZE on the table is usually the first fix to try.",
    "A covering index contains every column a query needs, so the database can answer from the index without touching the table. For a listing that shows a title, a date and a slug, an index on those columns in the right order can make the query read a few kilobytes instead of a few megabytes. PostgreSQL calls this an index-only scan.",
    "Checking for existence is a special case worth getting right. Counting all matching rows just to find out whether there is at least one makes the database do far more work than the question needs. An EXISTS clause, or a query with LIMIT 1, lets it stop at the first match, and with a suitable index that match is found almost immediately.",
  ],
  comments: [
    "The bit about column order finally made composite indexes click for me. Thank you.",
    "We dropped 14 unused indexes last quarter and our write latency fell by a third. Nobody missed them.",
    "Worth mentioning that pg_stat_user_indexes shows idx_scan per index in PostgreSQL, which makes the audit a single query.",
    "EXPLAIN ANALYZE on a production copy is the only way I trust a plan now. Staging data lies.",
    "lower(email) got us too. An expression index fixed it in one migration.",
    "Is a covering index still worth it if the table fits in memory anyway? Our whole database is 3 GB and the server has 32, so I'm never sure whether to bother.",
    "Ran ANALYZE after reading this and a report that took 40 seconds now takes 2. I feel slightly silly.",
    "Good post, but I think you undersell partial indexes. They're my favourite PostgreSQL feature by a distance, and they keep our biggest index a tenth of its old size.",
    "SQLite's EXPLAIN QUERY PLAN is much easier to read than I expected. SCAN versus SEARCH tells you most of what you need in one word.",
    "Clear and practical. Bookmarked for the next time someone on my team says 'just add an index'.",
  ],
};
