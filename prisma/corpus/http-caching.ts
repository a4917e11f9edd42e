import type { Topic } from "./topic";

export const HTTP_CACHING: Topic = {
  categories: ["Caching", "Networking", "Backend", "Security"],
  articles: [
    {
      title: "Cache headers, explained for busy developers",
      excerpt:
        "Cache-Control, ETag, Last-Modified and Vary decide whether a browser asks again or uses what it has. What each one does, in plain words.",
    },
    {
      title: "Immutable assets and the one-year cache",
      excerpt:
        "Files with a hash in their name never change, so browsers can keep them for a year without asking. One header makes repeat visits almost free.",
    },
    {
      title: "ETags and 304 responses in practice",
      excerpt:
        "A page that has not changed does not need to be sent again. Conditional requests let the server answer with headers only, in a few hundred bytes.",
    },
    {
      title: "No-cache does not mean do not cache",
      excerpt:
        "The most misread directive in HTTP tells browsers to store a response and check with the server before each use. What the others mean.",
    },
    {
      title: "Caching personal pages safely",
      excerpt:
        "A page that shows a reader's name must never be served to someone else by a shared cache. The private directive keeps it where it belongs.",
    },
    {
      title: "Why repeat visits were as slow as the first",
      excerpt:
        "Our pages sent no cache headers at all, so every visit downloaded every script and image again. Fixing it took three lines of configuration.",
    },
    {
      title: "Vary, the header caches trip over",
      excerpt:
        "Vary tells caches which request headers change the response. Get it wrong and readers receive the wrong language, the wrong image format or, worst of all, someone else's page.",
    },
    {
      title: "Stale-while-revalidate for pages that can wait",
      excerpt:
        "Some content can be a minute old without harm. Serving the stored copy while fetching a fresh one keeps pages fast and the server calm.",
    },
    {
      title: "Cache busting with content hashes",
      excerpt:
        "Putting a hash of the file's contents in its name means a new version gets a new URL. Old copies can then be cached forever without risk.",
    },
    {
      title: "How browsers decide what is fresh",
      excerpt:
        "When a response has no explicit lifetime, browsers guess one from Last-Modified. The heuristic explains some very confusing bug reports.",
    },
    {
      title: "Testing cache headers with curl",
      excerpt:
        "A browser's cache makes header bugs hard to see. A few curl commands show exactly what the server sends and how it answers a conditional request.",
    },
    {
      title: "Hashing responses for ETags",
      excerpt:
        "An ETag can come from a version number, a timestamp or a hash of the body. Each choice has its costs, and some break behind a load balancer.",
    },
    {
      title: "Caching HTML without serving stale pages",
      excerpt:
        "HTML is the one file that must always be current, yet it can still be revalidated cheaply. How we cache pages that change every few minutes.",
    },
  ],
  paragraphs: [
    "Cache-Control is the header that decides how long a response may be reused. max-age gives the lifetime in seconds, public and private say who may store it, and no-store forbids storing it at all. A response without Cache-Control is not uncacheable: browsers fall back to guessing a lifetime, which is rarely what anyone intended.",
    "Build tools put a hash of each file's contents in its name, so main.3f9a1c.js is a different URL from the next version. Such files never change, which makes them safe to cache for a year with max-age=31536000 and immutable. The immutable directive also stops browsers from revalidating them when the reader presses reload.",
    "An ETag is a short identifier for one version of a response. The browser stores it with the response and sends it back in If-None-Match the next time; if the server's current version has the same tag, it answers 304 Not Modified with no body. The request still makes a round trip, but a 300-byte answer instead of a 60-kilobyte page makes it very cheap.",
    "The no-cache directive is not the opposite of caching. It allows the browser to keep a response but requires it to check with the server before every use, which is exactly right for HTML that changes often but not on every request. Combined with an ETag, it gives fresh pages without sending the same bytes twice. The directive that truly forbids storing is no-store.",
    "Shared caches, such as a CDN or a company proxy, serve one stored response to many people. For a page that includes anything personal, a name, a basket or a setting stored in a cookie, that is a data leak waiting to happen. Cache-Control: private limits storage to the reader's own browser, and it belongs on every response that depends on who is asking.",
    "Vary lists the request headers that change a response. A server that compresses text must send Vary: Accept-Encoding, or a cache may hand gzip to a client that did not ask for it. One that serves WebP to some browsers needs Vary: Accept. Varying on too much, such as the whole Cookie header, makes every response unique and the cache useless.",
    "Heuristic freshness is how browsers treat responses that carry Last-Modified but no explicit lifetime: they may reuse them for about a tenth of the time since the last change. A file modified a month ago can then be served from cache for three days without a request. Many mysterious reports of a deploy that changed nothing come from exactly this.",
    "The stale-while-revalidate directive lets a cache serve a stored response after it expires while it fetches a fresh one in the background. For content that can be a little out of date, such as a list of popular articles, the reader never waits for the origin, and the origin sees one request per interval instead of one per reader.",
    "A weak ETag computed from the rendered body needs no bookkeeping: hash the bytes, compare with what the client sent, and answer 304 if they match. The server still renders the page, so the saving is in bandwidth and client time, not in server work. Tags built from a version number in the database can skip the rendering too, at the price of keeping the number correct.",
    "Running curl shows what a browser's cache hides. With -I it prints the headers of a response, and sending the ETag back in an If-None-Match header shows whether the server answers 304. Checking that hashed assets carry a one-year lifetime and HTML carries no-cache takes a minute and catches most caching bugs before readers do.",
  ],
  comments: [
    "no-cache versus no-store confused me for years. This is the clearest explanation I've read.",
    "We added immutable to our hashed assets and our repeat-view requests dropped from 70 to 3.",
    "Be careful with ETags behind several servers: ours differed per machine, so nothing ever got a 304 and we didn't notice for a year.",
    "The private directive should be the default for anything with a session. We learned that the hard way.",
    "Does stale-while-revalidate work in browsers now, or only in CDNs? The documentation I found was a few years old and contradicted itself.",
    "The heuristic freshness paragraph explains a bug we blamed on our CDN for a month. Thank you!",
    "curl -I is the most underrated debugging tool in web development.",
    "Vary: Cookie killed our CDN hit rate, and it took us ages to notice because every page still loaded fine.",
    "Nice write-up. It would be great to see the same thing for service worker caches.",
    "304s for HTML saved us a surprising amount of bandwidth on mobile. Readers refresh a lot.",
  ],
};
