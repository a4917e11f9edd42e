import type { Topic } from "./topic";

export const COMPRESSION: Topic = {
  categories: ["Networking", "Performance", "Tooling", "Security"],
  articles: [
    {
      title: "A practical guide to Brotli",
      excerpt:
        "Brotli compresses text noticeably better than gzip and every modern browser accepts it. When to use it, which level to pick, and what it costs.",
    },
    {
      title: "Gzip is still worth turning on",
      excerpt:
        "Brotli gets the headlines, but a server that sends uncompressed HTML leaves far more on the table. The five-minute fix is still the biggest.",
    },
    {
      title: "Compressing at build time",
      excerpt:
        "Static files can be compressed once, at the highest level, when they are built. The server then sends ready-made bytes and spends no CPU at all.",
    },
    {
      title: "Which responses to compress",
      excerpt: "Text shrinks by seventy to ninety percent; JPEGs and videos do not shrink at all. What to compress, and what not.",
    },
    {
      title: "Compression levels, measured",
      excerpt:
        "Higher levels make smaller files and cost more CPU, but the curve flattens fast. We measured every level of gzip and Brotli on real pages.",
    },
    {
      title: "Accept-Encoding and negotiation",
      excerpt:
        "The browser says what it can decode, the server picks one, and caches need to know it happened. How content negotiation works, step by step.",
    },
    {
      title: "Why compressed pages load faster",
      excerpt:
        "Fewer bytes means fewer round trips, not only less bandwidth. The effect is largest on the first response, and TCP slow start is the reason.",
    },
    {
      title: "Compression and the BREACH attack",
      excerpt:
        "Compressing secrets together with text an attacker controls can leak them. What BREACH is, whether it affects you, and how to defend against it.",
    },
    {
      title: "Compressing JSON APIs",
      excerpt:
        "API responses are text too, often repetitive and large. Compressing them cut our mobile app's data use by two thirds with one setting.",
    },
    {
      title: "Streaming compression and the first byte",
      excerpt:
        "A server that compresses the whole page before sending anything delays the first byte. Streaming compression sends the start while the rest renders.",
    },
    {
      title: "What Content-Length tells you",
      excerpt:
        "Comparing Content-Length with and without compression is the quickest audit there is. A script that checks every page on a site in a minute.",
    },
    {
      title: "Zstandard on the web",
      excerpt:
        "Browsers have started to accept zstd, a third option next to gzip and Brotli, with fast compression at every level. Where it fits, and why we are not switching quite yet.",
    },
    {
      title: "Do not compress twice",
      excerpt:
        "A proxy that compresses an already compressed response wastes CPU, and one that mislabels it breaks pages. Layers must agree on who compresses.",
    },
  ],
  paragraphs: [
    "HTML, CSS, JavaScript and JSON are text, and text compresses well. A typical HTML page shrinks to a fifth of its size with gzip and a little further with Brotli, because markup repeats the same tags, class names and attributes over and over. Turning compression on is usually one line of server configuration, and it is still missing on a surprising number of sites.",
    "Brotli was designed for the web. It ships with a built-in dictionary of words and fragments common in HTML, CSS and JavaScript, so even small responses compress well. At comparable speeds it produces files roughly fifteen to twenty percent smaller than gzip, and at its highest levels, which are slow, smaller still. Every current browser supports it over HTTPS.",
    "Compression levels trade CPU time for bytes, and the trade gets worse as the level rises. For responses generated on each request, a middle level, around 4 to 6 for Brotli, gives most of the saving at a small cost. For static files compressed once at build time, the highest level is worth it, because the CPU is spent once and the bytes are saved on every download.",
    "Images, video, audio and WOFF2 fonts are already compressed, and compressing them again saves almost nothing while costing CPU on both ends. A server should compress text types and leave the rest alone. A small size threshold helps too: below a kilobyte or so, the headers and framing of compression can outweigh what it saves.",
    "The browser lists the encodings it accepts in the Accept-Encoding header, and the server names the one it used in Content-Encoding. Because the same URL can now produce different bytes, the response must also carry Vary: Accept-Encoding, so that any cache along the way stores the versions separately and hands each client one it can decode.",
    "Compression helps more than the byte count suggests. A new TCP connection starts slowly and sends only about fourteen kilobytes in its first round trip before waiting for an acknowledgement. A 60-kilobyte page needs several round trips to arrive; compressed to twelve kilobytes, it fits in the first. On a high-latency mobile connection, that is the difference people feel.",
    "BREACH is an attack on compressed HTTPS responses that contain both a secret, such as a CSRF token, and text the attacker can influence, such as a reflected search term. By watching how the compressed size changes, the attacker can guess the secret one character at a time. Masking tokens so that they differ on every response defeats it without giving up compression.",
    "Compressing as the response streams keeps the first byte early. A compressor that waits for the whole page before writing anything turns a streamed response into a buffered one, and the browser cannot start fetching the stylesheet named in the head until the last byte of the footer has been rendered. Flushing the compressor at sensible points avoids that.",
    "Checking compression takes a minute with curl. Request a page with an Accept-Encoding header and look for Content-Encoding in the response; request it again without, and compare the sizes. Doing the same for every type of asset on a site usually turns up at least one that slipped through: a JSON endpoint, a source map, or an SVG served as application/octet-stream.",
    "JSON responses from an API are often the largest text a mobile app downloads, and they are highly repetitive: the same keys on every object in a long array. They compress as well as HTML does, frequently better. Enabling compression on the API server is usually one middleware away, and the clients, whether browsers or native apps, decompress transparently.",
  ],
  comments: [
    "We were sending 180 KB of uncompressed HTML on every page. Turned on Brotli, and it's 31 KB now. Thanks for the push.",
    "Pre-compressing at build time with level 11 is such an easy win. Our CDN just serves the .br files.",
    "Great article. Does anyone have numbers for Brotli level 4 against gzip level 6 on dynamic pages?",
    "The slow start explanation finally made it click why 14 KB matters so much.",
    "BREACH is the one I always forget about. Good to see token masking mentioned.",
    "Found an SVG served as octet-stream on our site after reading this. Uncompressed, of course.",
    "Compressing JPEGs again is a surprisingly common mistake. Our old nginx config did it for years, and the CPU graphs showed it every single evening at peak.",
    "Is zstd worth it yet? Support still seems patchy, and Brotli at level 5 is already fast enough on our servers that I can't see what we'd gain from switching.",
    "Nice. The Vary header part saved me from a very confusing cache bug, where some readers got compressed bytes their old proxy didn't understand.",
    "Level 11 on dynamic responses pinned our CPU at 100%. We use level 5 now, and nobody can tell the difference in size.",
  ],
};
