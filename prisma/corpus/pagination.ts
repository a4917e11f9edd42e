import type { Topic } from "./topic";

export const PAGINATION: Topic = {
  categories: ["Databases", "Backend", "Design", "Architecture"],
  articles: [
    {
      title: "Pagination that stays fast on page 1,000",
      excerpt:
        "Offset pagination slows down as readers go deeper, because the database still walks past every skipped row. Keyset pagination does not.",
    },
    {
      title: "Offset versus keyset pagination",
      excerpt: "Two ways to split a long list into pages, with very different costs, measured on two million rows.",
    },
    {
      title: "Why we stopped showing the total count",
      excerpt:
        "Counting every matching row to print 'page 3 of 4,812' was the slowest query on our listings. Nobody missed the number when it went.",
    },
    {
      title: "Cursors that survive new rows",
      excerpt:
        "With offset paging, a newly published article pushes everything down a slot, and readers moving to the next page see the same item twice. Cursor-based pages keep their place.",
    },
    {
      title: "Infinite scroll and the back button",
      excerpt:
        "Endless lists feel modern until a reader opens an item and comes back to the top of the page. What infinite scroll costs, and how to pay less.",
    },
    {
      title: "How many items belong on a page?",
      excerpt:
        "Fifty articles per page sounds generous until you see what it does to page weight and query time. How we chose ten, and what we measured.",
    },
    {
      title: "Deep pagination and search engines",
      excerpt:
        "Crawlers follow every Next link, all the way to page 20,000. Making deep pages cheap matters more than how many humans ever visit them.",
    },
    {
      title: "Paginating by date without duplicates",
      excerpt:
        "Sorting by publication date alone breaks ties unpredictably, so pages overlap or skip rows. Adding the id as a tiebreaker fixes it.",
    },
    {
      title: "Designing page links people can use",
      excerpt:
        "Previous and next, page numbers, or a load-more button: each suits a different kind of list and costs the server something different. A short guide to picking one.",
    },
    {
      title: "The LIMIT clause is not enough",
      excerpt:
        "Asking for ten rows does not mean the database reads only ten. Without an index that matches the sort order, it may read and sort them all.",
    },
    {
      title: "Paginating comments on popular articles",
      excerpt:
        "An article with three thousand comments should not send all of them on every view. Paging comments brought our largest pages down to size.",
    },
    {
      title: "Keyset pagination with an ORM",
      excerpt:
        "Most ORMs make offset paging a one-liner and keyset paging a small puzzle. A pattern that works with Django, Prisma and plain SQL, including the tiebreaker everyone forgets.",
    },
    {
      title: "What page two teaches you about caching",
      excerpt:
        "The first page of a listing is hot in every cache; page two is lukewarm and page two hundred is cold. Pagination decides where caches help.",
    },
  ],
  paragraphs: [
    "Offset pagination asks the database for rows 10,001 to 10,010 by sorting the list and skipping the first ten thousand. The skipped rows are not free: the database still has to walk past each of them, so the deeper the page, the slower the query. On page one nobody notices; on page one thousand the same query can take hundreds of times longer.",
    "Keyset pagination, sometimes called cursor pagination, remembers where the last page ended instead of how many rows came before it. The next page asks for rows published before the last one shown, which an index on the sort columns answers directly. Page one thousand then costs the same as page two, because the database never looks at the rows it skips.",
    "A cursor needs a unique position. Sorting by publication date alone is ambiguous when two articles share a timestamp, and the page boundary can fall between them, so one of them is shown twice or not at all. Sorting by date and then by id, and putting both in the cursor, gives every row a single, stable place in the list.",
    "Total counts are expensive on large tables. To print the number of pages, the database has to count every row that matches the filter, which on most engines means reading an index from end to end. If readers only ever click Next and Previous, the count can go, and with it the slowest query on the page.",
    "The size of a page is a performance decision as much as a design one. Fifty articles with covers, authors and categories make a heavy page and a long query; ten make a light page that appears quickly and leaves the rest for later. Readers rarely scroll past the first screen or two, so a short first page wastes the least work.",
    "Cursors do have a cost. A reader cannot jump straight to page 40, and the link to any given page changes as new articles are published. For a blog or a feed that rarely matters: people read from the top and go back in time. For a table of search results that someone needs to cite by page number, offset paging may still be the right tool.",
    "Infinite scroll moves pagination into the browser, but the server still serves pages. Each batch is a request with a cursor, and the same rules apply: an index that matches the sort, a stable tiebreaker, and no total count unless the design truly needs one. The hard parts move to the client: restoring the scroll position, and keeping the DOM from growing forever.",
    "Crawlers are the most dedicated readers a listing will ever have. A search engine bot follows every Next link until there are none left, and it requests deep pages at a steady rate around the clock. If page 5,000 costs a second of database time, the crawler alone can keep a server busy. Keyset pagination makes those visits cheap.",
    "Paging comments is easy to forget because most articles have only a few. It is the rare popular article, with thousands of replies, that produces the heaviest page on the site and the longest query. Showing the newest fifty with a link to older ones keeps that page in line with the rest, without changing anything for the typical article.",
    "Good page links are plain links. A Next link with a real URL can be opened in a new tab, shared, bookmarked and crawled, and it works before any JavaScript has loaded. Marking it with rel=next tells browsers and crawlers which way the list goes, and a Previous link on every page but the first lets readers walk back the way they came.",
  ],
  comments: [
    "Keyset pagination took our deepest API page from 9 seconds to 12 ms. Should have done it years ago.",
    "The tiebreaker on id is the part everyone forgets. We had duplicate rows on page boundaries for months before anyone worked out why.",
    "How do you handle sorting by a column the user picks? Do you need an index per sort order?",
    "We removed the total count too. Support got exactly zero tickets about it.",
    "Infinite scroll plus the back button is still my least favourite bug to fix.",
    "Crawlers walking to page 20,000 were literally our biggest source of database load. Great point, and one I never see mentioned in pagination tutorials.",
    "Ten per page feels low to me, but I can't argue with the numbers. We'll try it on our archive pages first and see whether readers click Next more often.",
    "Is there a clean way to offer 'jump to page' with keyset pagination, or do you just give it up?",
    "Django's Paginator runs a COUNT on every request. This explains why our admin was so slow.",
    "Nice explanation. Cursors in the URL also make caching pages much easier.",
  ],
};
