import type { Topic } from "./topic";

export const SERVER_CACHING: Topic = {
  categories: ["Caching", "Architecture", "Backend", "Python"],
  articles: [
    {
      title: "Caching query results without regret",
      excerpt:
        "A cache in front of the database can remove most of its load, and most of your certainty about what readers see. How to keep the certainty.",
    },
    {
      title: "Cache invalidation, the practical version",
      excerpt:
        "The hard part of caching is knowing when stored data is wrong. Three strategies, from short lifetimes to versioned keys, and where each one fits.",
    },
    {
      title: "Memoising within a request",
      excerpt:
        "The same lookup often happens several times while rendering one page. Remembering the answer for the length of the request is cheap and safe.",
    },
    {
      title: "Redis as a cache, not a database",
      excerpt:
        "Redis is fast and convenient, which makes it tempting to keep data there that cannot be rebuilt. Treating it as disposable keeps caching simple.",
    },
    {
      title: "The thundering herd problem",
      excerpt:
        "When a popular cache entry expires, every request tries to rebuild it at once. Locks, early refresh and stale values keep the database standing.",
    },
    {
      title: "Caching rendered fragments",
      excerpt:
        "Caching a whole page rarely works for pages with personal parts. Caching the expensive fragments does, and the cache keys tell the story.",
    },
    {
      title: "Measure before you cache",
      excerpt:
        "A cache hides a slow query instead of fixing it, and adds a way to serve stale data. Often the query can simply be made fast instead.",
    },
    {
      title: "Cache keys that do not collide",
      excerpt:
        "Two different things stored under the same key is the most confusing cache bug there is, because it only shows up for some readers. Building keys from every input avoids it.",
    },
    {
      title: "An in-process cache with a size limit",
      excerpt:
        "A dictionary in memory is the simplest cache, and without a limit it is also a memory leak. An LRU cache with a byte budget fixes that.",
    },
    {
      title: "Caching in Django",
      excerpt:
        "Django ships with a cache framework, per-view caching and template fragment caching. What each one is good for, with examples from a site where most readers are signed in.",
    },
    {
      title: "Warming caches after a deploy",
      excerpt:
        "A fresh deploy with empty caches sends every request to the database at once, at the worst possible moment. Warming the hottest keys first smooths the curve.",
    },
    {
      title: "Negative caching",
      excerpt:
        "Lookups that find nothing can be just as expensive as ones that do. Caching the absence of a result protects the database from repeated misses.",
    },
    {
      title: "When not to cache",
      excerpt:
        "Some data changes too often, varies too much or matters too much to serve stale. Recognising those cases early saves a lot of debugging later, usually at an inconvenient hour.",
    },
  ],
  paragraphs: [
    "An application cache stores the result of an expensive operation, such as a query or a rendered fragment, so that the next request can reuse it. A cache pays off when the same result is requested many times before it changes. A result that changes on every request, or that is different for every reader, gains nothing from caching and still costs memory and complexity.",
    "Invalidation decides how long a cached value may be served after the data behind it changes. The simplest strategy is a short lifetime: the value expires after a minute, and readers see changes within a minute. Deleting the key whenever the data changes is fresher but easy to get wrong. Versioned keys, which include a counter that changes with the data, avoid deletions altogether.",
    "Memoising within a single request is the safest cache there is. The same author or category may be looked up several times while one page renders; remembering each answer until the response is sent removes the repeats without any risk of staleness, since nothing outlives the request. React's cache function and Django's cached_property are both built for this.",
    "When a popular cache entry expires, every request that arrives before it is rebuilt finds it missing and goes to the database, all at once. This thundering herd can take down a database that normally sees a handful of queries. Letting one request rebuild the entry while the others wait, or serving the stale value while a fresh one is computed, prevents it.",
    "A cache key must include everything the cached value depends on. A fragment that varies by language, by page number or by the reader's time zone needs all of those in its key, or one reader's version will be served to another. Many caching bugs come down to a key that was complete when it was written and stopped being complete when the template grew.",
    "Before reaching for a cache, it is worth asking whether the slow operation can simply be made fast. A query that takes two seconds because of a missing index is better fixed with the index than hidden behind a cache that will still be slow on every miss. Caching works best on top of operations that are already reasonably efficient.",
    "An in-process cache lives in the server's own memory, which makes it the fastest kind and the least shared. Each server process keeps its own copy, so memory use multiplies with the number of processes, and an update in one is invisible to the others. A size limit with least-recently-used eviction keeps it from growing until the process runs out of memory.",
    "A cache that starts empty after every deploy sends a burst of misses to the database at the worst possible moment. Warming the cache, by requesting the most popular pages or computing the hottest keys before taking traffic, spreads that work out. Rolling deploys help too, since only part of the capacity starts cold at any time.",
    "Lookups that return nothing can be expensive to repeat. A request for a missing article still runs its query, and a crawler or a broken link can ask for the same missing slug thousands of times. Caching the fact that there is nothing, for a short time, protects the database. The lifetime must be short, or newly published content stays invisible.",
    "Django's cache framework offers several levels: the low-level API for individual values, per-view caching for whole responses, and the cache template tag for fragments. Per-view caching only suits pages that are the same for everyone. Fragment caching, keyed on the objects the fragment shows, is usually the most useful for a site with signed-in readers.",
  ],
  comments: [
    "The thundering herd took down our database on a Monday morning. Serving stale while refreshing fixed it.",
    "Memoising per request with React's cache removed a dozen duplicate queries from our layout.",
    "Versioned keys are so much saner than trying to delete the right keys on every update.",
    "Our in-process cache had no limit and slowly ate 6 GB of memory over a fortnight. An LRU with a byte cap fixed it, and the weekly restarts stopped.",
    "Fix the query before caching it. Wish I'd read this two years ago, before we built an elaborate invalidation scheme around a query that only needed an index.",
    "Negative caching saved us from a bot hammering 404 URLs. A five-second TTL was enough.",
    "Great write-up. Do you cache per reader at all, or only shared fragments?",
    "We forgot the language in a fragment key once. German readers got French headlines for a day, and the support inbox was very polite about it.",
    "Warming caches before switching traffic made our deploys invisible to readers.",
    "Redis as disposable is the right mindset. Ours became a database by accident and it hurt.",
  ],
};
