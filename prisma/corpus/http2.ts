import type { Topic } from "./topic";

export const HTTP2: Topic = {
  categories: ["Networking", "Frontend", "Performance", "Architecture"],
  articles: [
    {
      title: "What HTTP/2 changed about requests",
      excerpt:
        "Multiplexing removed the six-connection limit that shaped a decade of front-end advice. Some of that advice is now harmful; some still holds.",
    },
    {
      title: "Bundling in the age of HTTP/2",
      excerpt:
        "Cheap requests made shipping many small files possible, but not always faster. What we learned from splitting our bundle into forty pieces.",
    },
    {
      title: "Domain sharding is over",
      excerpt:
        "Spreading assets over several hostnames once beat the browser's connection limit. With HTTP/2 it only adds DNS lookups and TLS handshakes.",
    },
    {
      title: "Counting requests still matters",
      excerpt:
        "Requests are cheaper than they were, not free. Each one carries headers, a place in a queue and sometimes a round trip the page must wait for.",
    },
    {
      title: "Head-of-line blocking, explained",
      excerpt:
        "HTTP/2 fixed blocking between requests but not the blocking underneath, in TCP. That is the problem HTTP/3 and QUIC set out to solve.",
    },
    {
      title: "Preconnect and dns-prefetch",
      excerpt:
        "Telling the browser which origins it will need lets it open connections early. Two small hints that save a round trip or three on a cold load.",
    },
    {
      title: "The request chain that delays every page",
      excerpt:
        "The HTML links a stylesheet, which names a font, which finally paints the text. Long chains of dependent requests cost more than the bytes in them.",
    },
    {
      title: "Server push did not work out",
      excerpt:
        "HTTP/2 push promised to send resources before the browser asked. Browsers have since removed it. What went wrong, and what replaced it.",
    },
    {
      title: "Early hints with 103 responses",
      excerpt:
        "A server can tell the browser what to fetch while it is still building the page. 103 Early Hints brings preload to the slowest part of a request.",
    },
    {
      title: "Is HTTP/3 worth enabling?",
      excerpt:
        "QUIC runs over UDP, recovers from packet loss better and sets up connections faster. On good networks the gain is small; on bad ones it is not.",
    },
    {
      title: "Third-party requests are someone else's latency",
      excerpt:
        "Every analytics tag and embedded widget adds origins, connections and requests. We counted ours and found eleven hosts on our home page.",
    },
    {
      title: "Keep-alive and connection reuse",
      excerpt:
        "Opening a connection is the expensive part of many requests. Reusing one, between browser and server or between server and database, pays off.",
    },
    {
      title: "Fewer requests without bundling everything",
      excerpt:
        "Inlining small CSS, dropping unused scripts and using system fonts removed half our requests without touching the build configuration.",
    },
  ],
  paragraphs: [
    "HTTP/1.1 lets a connection carry one request at a time, so browsers opened up to six connections per host and queued everything else. Front-end advice grew around that limit: combine files, use sprites, spread assets over several domains. HTTP/2 multiplexes many requests over a single connection, which removes the queue and, with it, the reason for some of those tricks.",
    "Requests are cheaper under HTTP/2, not free. Each one still carries headers, still needs a response from the server, and still takes a place in the browser's priority queue. More importantly, a request that depends on another, such as a font named inside a stylesheet, cannot start until the first has arrived, and no protocol makes that wait disappear.",
    "The critical request chain is the sequence of requests a page must complete before it can render: the HTML, the stylesheet it links, the font the stylesheet names. Each link in the chain costs at least one round trip. Shortening the chain, by inlining critical CSS or preloading the font, often helps more than making any single file smaller.",
    "Domain sharding spread assets over hostnames like static1 and static2 to get around the connection limit. Under HTTP/2 it works against you: each extra hostname needs its own DNS lookup, TCP connection and TLS handshake, and requests on different connections cannot be prioritised against each other. Serving everything from one origin is usually faster now.",
    "HTTP/2 runs over TCP, which delivers bytes strictly in order. When one packet is lost, every stream on the connection waits for its retransmission, even streams whose data arrived intact. On a clean network this rarely matters; on a lossy mobile connection it can stall the whole page. HTTP/3 moves to QUIC over UDP, where a lost packet only holds up its own stream.",
    "Preconnect tells the browser to open a connection to an origin it will need soon, before it discovers the first request for it. For a font host or an image CDN, that moves the DNS lookup, the TCP connection and the TLS handshake out of the critical path. Use it for the two or three origins that matter most; every extra preconnect competes for the same early bandwidth.",
    "Server push was meant to send resources before the browser asked for them. In practice servers pushed files the browser already had in its cache, wasting bandwidth, and getting it right proved so difficult that browsers removed support. Preload hints and 103 Early Hints give most of the benefit while leaving the final decision to the browser, which knows what it has.",
    "Third-party scripts bring their own origins, and each origin brings a connection. An analytics tag that loads a second script from another host, which loads a pixel from a third, adds three connection setups to the page, none of them under your control. Auditing third-party requests is often the quickest way to cut both the request count and the load time.",
    "Connection reuse matters on both sides of the server. Browsers keep connections open between requests so that the next page skips the handshake. The same logic applies between an application and its database: a connection pool keeps a few connections open and hands them out, instead of paying for a new connection, and often a new TLS handshake, on every query.",
    "Some requests can simply be removed. A stylesheet of a few kilobytes can be inlined into the page, a web font can give way to the system font stack, an icon font can become a handful of inline SVGs, and a script that enhances nothing on the current page need not load at all. None of it requires a new build tool, just a look at the waterfall.",
  ],
  comments: [
    "We removed domain sharding after moving to HTTP/2 and shaved 300 ms off mobile loads. Old habits!",
    "Preconnect to our font host was a nice quick win. Two lines of HTML.",
    "The request chain section is spot on. Our font was four hops deep behind two stylesheets and a CSS import nobody remembered adding.",
    "RIP server push. I spent a month tuning it and it never beat preload. Half the time it pushed files the browser already had, exactly as you describe.",
    "Has anyone measured HTTP/3 on real mobile traffic? Curious what numbers people see.",
    "Eleven third-party hosts sounds low, honestly. We had 26 before the audit, and the marketing team could only explain about half of them.",
    "Connection pooling to the database is the same lesson on the server side. Nice link between the two.",
    "Good post. The waterfall in DevTools is still the best teacher for all of this.",
    "Inlining our 4 KB stylesheet removed a whole round trip. Didn't expect it to matter that much.",
    "Early hints look promising, but our CDN drops 103 responses. Anyone found a workaround?",
  ],
};
