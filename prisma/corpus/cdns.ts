import type { Topic } from "./topic";

export const CDNS: Topic = {
  categories: ["Networking", "Caching", "DevOps", "Security"],
  articles: [
    {
      title: "What a CDN does for a small site",
      excerpt:
        "A content delivery network is not only for giant companies. Even a blog on one server gains shorter round trips and an origin that rests more.",
    },
    {
      title: "Choosing what to put on the CDN",
      excerpt:
        "Static assets are the obvious candidates, but images, fonts and even some HTML can be served from the edge. Where we drew the line, and why.",
    },
    {
      title: "Cache hit ratio is the number to watch",
      excerpt:
        "A CDN that forwards most requests to the origin adds a hop instead of removing one. How to measure the hit ratio and what usually lowers it.",
    },
    {
      title: "Purging a CDN without panic",
      excerpt:
        "Sooner or later a wrong file sits in every edge cache. Versioned URLs make that rare, and a purge plan makes it boring when it happens.",
    },
    {
      title: "The latency of distance",
      excerpt: "Light in fibre covers about 200 kilometres per millisecond, and every request makes the trip twice.",
    },
    {
      title: "TLS at the edge",
      excerpt:
        "Opening a secure connection takes extra round trips, each slower the farther away the server is. Terminating TLS close to readers helps.",
    },
    {
      title: "When the CDN caches what it should not",
      excerpt:
        "A response with a session cookie and the wrong headers can end up in a shared cache and in front of strangers. How to make sure it never does.",
    },
    {
      title: "Origin shielding, explained",
      excerpt:
        "With dozens of edge locations, a cache miss can reach the origin from dozens of places at once. A shield layer collapses them into one request.",
    },
    {
      title: "Serving images from a CDN",
      excerpt:
        "Images are most of a page's bytes and rarely change, which makes them ideal for the edge. Resizing at the edge is the next step, with caveats.",
    },
    {
      title: "Do you still need a CDN with HTTP/2?",
      excerpt:
        "One connection per origin changed the advice on domain sharding, but not the physics of distance. Where a CDN still wins, and where it is now just another hop.",
    },
    {
      title: "Measuring a CDN from the outside",
      excerpt:
        "The dashboard said everything was fast. Real-user timings from different countries told another story, and showed us where to look.",
    },
    {
      title: "Cache keys and query strings",
      excerpt:
        "Tracking parameters can turn one URL into thousands in the CDN's eyes. Normalising the cache key raised our hit ratio by twenty points.",
    },
    {
      title: "A CDN is not a security plan",
      excerpt:
        "Edge networks absorb some attacks and add other things to think about, from access keys to cached personal pages. What a CDN protects you from, and what it quietly does not.",
    },
  ],
  paragraphs: [
    "A content delivery network keeps copies of your responses in data centres close to your readers. A reader in Sydney then fetches the stylesheet from a server a few kilometres away instead of one in Frankfurt, and the round trip drops from three hundred milliseconds to ten. Since a page makes several round trips before it can render, the saving is multiplied.",
    "Distance sets a floor that no optimisation can lower. Light in optical fibre travels about two hundred kilometres per millisecond, so a round trip between Europe and Australia costs well over two hundred milliseconds before any server has done any work. Opening a connection, negotiating TLS and fetching the page takes several of those trips.",
    "The hit ratio is the share of requests a CDN answers from its own cache. If it is low, most requests go to the origin anyway, through an extra hop, and the CDN makes things slower. Short lifetimes, cookies on static files, and query strings that vary for no reason are the usual culprits, and all three show up in the CDN's logs.",
    "Everything a CDN may cache must say so explicitly. The edge follows the same Cache-Control rules as a browser, plus directives of its own such as s-maxage, which sets a lifetime for shared caches only. A common arrangement is a long s-maxage for the edge and a short max-age for browsers, so that a purge at the edge takes effect quickly everywhere.",
    "Purging is the emergency exit, and it is better not to depend on it. If every asset has a hash in its name, a new version is a new URL and nothing needs purging. HTML and a few fixed URLs remain; for those, a short lifetime at the edge or a purge by tag, built into the deploy script, turns a panic into a routine step.",
    "A shared cache will serve whatever it stores to whoever asks. A page rendered for a signed-in reader, cached by mistake, ends up in front of strangers with someone else's name on it. Marking personal responses private, keeping session cookies off static paths, and testing the headers of signed-in pages are the safeguards that matter most.",
    "Terminating TLS at the edge shortens the expensive part of a new connection. The handshake needs at least one extra round trip, two with older versions of TLS, and each is a long one if the server is far away. With the edge nearby, those trips are short, and the CDN keeps warm connections to the origin that it reuses for many readers.",
    "Origin shielding puts one cache between the edge locations and your server. Without it, a popular file that expires is fetched again by every edge location separately, which can mean dozens of simultaneous requests for the same thing. With a shield, the edges ask the shield, and only the shield asks the origin.",
    "Query strings are part of the cache key by default, so ?utm_source=newsletter and ?utm_source=social are two different cache entries for the same page. Stripping tracking parameters before the cache lookup, or sorting parameters into a fixed order, can raise the hit ratio considerably without changing a single response.",
    "A CDN absorbs traffic that would flatten a single server, which makes it a useful shield against floods of requests. It does not fix an application that leaks data, accepts bad input or caches personal pages. It also becomes part of your attack surface: its configuration, its access keys and its purge API need the same care as the servers behind it.",
  ],
  comments: [
    "The cache key normalisation tip is gold. Our hit ratio went from 61% to 93%.",
    "We had a session cookie on /static for years. The CDN forwarded every single request to the origin, and we paid for both.",
    "s-maxage plus a short max-age is exactly our setup now. Purges finally feel instant.",
    "Good reminder that a CDN adds a hop on a miss. Ours made things slower for a month.",
    "How do you test that personal pages are never cached? A unit test on the headers, or something end to end?",
    "The speed-of-light paragraph is going in my next talk, if you don't mind.",
    "Origin shielding saved us during a launch. Forty edge misses became one request.",
    "For a tiny blog I'm still not sure a CDN is worth the extra moving part, but the TLS point is convincing, especially for readers on another continent.",
    "We purge by surrogate key on every deploy now. Nobody has panicked since.",
    "I'd be interested in a comparison of edge image resizing services. Prices vary wildly.",
  ],
};
