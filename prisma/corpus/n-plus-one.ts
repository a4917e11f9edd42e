import type { Topic } from "./topic";

export const N_PLUS_ONE: Topic = {
  categories: ["Databases", "Backend", "Performance", "Python"],
  articles: [
    {
      title: "Finding N+1 queries before your users do",
      excerpt:
        "A page that runs one query per row looks fine with ten rows and falls over with five hundred. Here is how to spot the pattern early.",
    },
    {
      title: "What an N+1 query looks like in the logs",
      excerpt:
        "The same SELECT, a few hundred times, with only the id changing. Once you have seen the shape in a query log, you see it everywhere.",
    },
    {
      title: "Eager loading without loading everything",
      excerpt:
        "Fetching related rows up front fixes N+1, but it is easy to overshoot and pull in whole tables. A few rules for loading just enough.",
    },
    {
      title: "select_related and prefetch_related, explained",
      excerpt:
        "Django offers two tools for related objects, and they work very differently: one joins, the other runs a second query. When to use which.",
    },
    {
      title: "Why the ORM is not the problem",
      excerpt:
        "ORMs get blamed for slow pages, but the queries they send are usually the ones we asked for. Reading the generated SQL changes the conversation.",
    },
    {
      title: "Counting queries in tests",
      excerpt:
        "A test that fails when a page suddenly needs more queries is cheap to write, and it catches regressions long before they reach production.",
    },
    {
      title: "The N+1 hiding in your templates",
      excerpt:
        "Templates can trigger queries you never see in the view: a loop, a related field, a count. How we found forty of them on a single page.",
    },
    {
      title: "One query per comment is one too many",
      excerpt:
        "Our article page made a query for each comment's author. Fixing it took ten minutes; finding it took a week. This is the story of that week.",
    },
    {
      title: "Joins versus a second query",
      excerpt: "A join is not always faster than a second query with an IN clause. It depends on the shape of the data.",
    },
    {
      title: "Lazy relations are a performance trap",
      excerpt:
        "Lazy relations make the first version of a page easy to write and the hundredth version slow. A look at how the cost creeps in, one innocent attribute at a time.",
    },
    {
      title: "Reading the SQL your ORM writes",
      excerpt: "Every ORM can show the SQL it sends. Turning that on in development is the most useful habit there is.",
    },
    {
      title: "From 172 queries to 4 on the home page",
      excerpt:
        "The home page listed fifty articles and asked the database about each one three times. Here is every change we made, in the order we made it, with the query count after each.",
    },
    {
      title: "N+1 queries in GraphQL resolvers",
      excerpt:
        "Resolvers that fetch their own data make N+1 queries the default. Batching with a data loader turns hundreds of round trips into a few.",
    },
    {
      title: "Loading relations with Prisma",
      excerpt:
        "Prisma can load related records in the same call, but what it sends to the database depends on the relation. What we saw when we looked.",
    },
  ],
  paragraphs: [
    "An N+1 query problem starts with one query that fetches a list, followed by one more query for each item in that list. Fetch fifty articles, then ask for each article's author separately, and you have made fifty-one round trips to the database where two would do. Each query is fast on its own, which is exactly why nobody notices until the list grows.",
    "The pattern is easiest to see in a query log. Turn on logging in development, load the page once, and scroll: if you find the same statement repeated dozens of times with only a parameter changing, you have found an N+1. Most ORMs can print the SQL they send, and a debug toolbar that groups similar queries makes the repetition impossible to miss.",
    "Eager loading is the usual fix. Instead of letting each row fetch its relations on first access, you tell the ORM up front which relations the page will need, and it fetches them in one or two extra queries for the whole list. In Django that is select_related for foreign keys and prefetch_related for many-to-many relations; in Prisma it is include or a nested select.",
    "The cost of an N+1 is mostly latency, not work. A query that takes a tenth of a millisecond inside the database may take a full millisecond once you add the network round trip, the driver and the ORM's own bookkeeping. Multiply that by a few hundred rows and the page spends most of its time waiting, while the database itself is nearly idle.",
    "Templates are where N+1 queries like to hide. A view hands a list of objects to a template, and the template touches a related field inside a loop: the author's name, the number of comments, the first category. Each access looks like reading an attribute, but on a lazy relation it is a query. Passing plain data to templates instead of live model objects makes this impossible.",
    "Counts deserve their own mention. Showing how many comments each article has is a classic way to add one query per row, because calling count on a relation asks the database every time. Annotating the list query with the count, or grouping the comments by article in a single extra query, gives the same numbers for the price of one round trip.",
    "A query budget in the test suite keeps an N+1 from coming back. Render the page in a test, count the queries it makes, and fail if the number goes up. Django has assertNumQueries for this; with other stacks, a small wrapper around the database client's query events does the same job. The test costs a few lines and saves a slow release.",
    "Fixing an N+1 does not mean loading everything at once. Fetching every related row for every article, just in case a template might need it, trades many small queries for one enormous one. Select only the columns the page shows, load only the relations it renders, and check the generated SQL to make sure the ORM did what you meant.",
    "The numbers make the case better than any argument. On a local SQLite database our naive home page made 172 queries and spent most of its server time in them; with eager loading and counts in the main query, the same page made four. Over a real network, with a millisecond or two per round trip, the difference grows from noticeable to embarrassing.",
    "GraphQL makes the problem structural, because every resolver fetches its own data. A list of posts with an author field resolves the author once per post unless something batches the lookups. The DataLoader pattern collects the keys requested during one tick of the event loop and fetches them in a single query, which turns an N+1 back into a 1+1.",
  ],
  comments: [
    "This fixed our category page — we went from 60 queries to 3. Thanks!",
    "assertNumQueries has saved us more than once. We put it on every list view now.",
    "Great write-up. One thing I'd add: prefetch_related with a Prefetch object lets you filter the related rows too, which saved us a second pass in Python.",
    "Is there an equivalent of the debug toolbar for Express? We're flying blind on query counts.",
    "We had the exact comment-count problem. Annotating the queryset cut the page from 1.2 s to 180 ms.",
    "Funny how the ORM always gets the blame when it's really the template asking for data in a loop.",
    "Nice. Would love a follow-up on N+1s in background jobs, where nobody watches the query count and a nightly export can quietly run a million queries.",
    "The part about passing plain data to templates is underrated. It made our N+1s show up as errors in development instead of as slow pages in production.",
    "DataLoader changed our GraphQL API completely. 400 queries per request down to about a dozen.",
    "Careful with select_related on nullable foreign keys: it switches to a LEFT OUTER JOIN. Still worth it.",
  ],
};
