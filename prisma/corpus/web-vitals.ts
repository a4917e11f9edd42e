import type { Topic } from "./topic";

export const WEB_VITALS: Topic = {
  categories: ["Performance", "Frontend", "Design", "Accessibility"],
  articles: [
    {
      title: "Core Web Vitals for the rest of us",
      excerpt:
        "LCP, CLS and INP each measure one thing a reader feels: how fast the main content appears, how steady it stays, and how quickly it responds.",
    },
    {
      title: "Improving Largest Contentful Paint",
      excerpt:
        "LCP is usually an image or a heading, and it is usually late for one of four reasons. How to find which one applies to your page.",
    },
    {
      title: "Hunting layout shift",
      excerpt:
        "Content that jumps as the page loads makes readers tap the wrong thing. Where cumulative layout shift comes from and how to stop each source.",
    },
    {
      title: "Lab data versus field data",
      excerpt:
        "Lighthouse gives a score on your machine; real readers give a distribution on theirs. Why the two disagree, and which one to trust for what.",
    },
    {
      title: "Time to first byte sets the pace",
      excerpt:
        "Every other metric starts counting when the first byte arrives. A slow server makes a fast front end look slow, however well it is built.",
    },
    {
      title: "Reading a Lighthouse report",
      excerpt: "A Lighthouse report mixes measurements, estimates and advice. Knowing which is which is half the work.",
    },
    {
      title: "Why our LCP image was late",
      excerpt:
        "The largest image on our home page was discovered late, loaded lazily and queued behind three scripts. Fixing all three problems halved our LCP without touching the image itself.",
    },
    {
      title: "The 75th percentile explained",
      excerpt:
        "Core Web Vitals are judged on the 75th percentile of real visits, so the slowest quarter of your readers decides the score. Who are they?",
    },
    {
      title: "First Contentful Paint and blocking CSS",
      excerpt: "Nothing paints until the CSS in the head has arrived. Small inline critical styles paint sooner.",
    },
    {
      title: "Web vitals on slow networks",
      excerpt:
        "Throttled tests in DevTools are a rough guess at what a reader on 3G sees. How we built a more honest slow profile for our benchmark.",
    },
    {
      title: "Measuring vitals with the Performance API",
      excerpt:
        "Browsers report paint timings, layout shifts and interactions through PerformanceObserver. A few lines send them to your own analytics.",
    },
    {
      title: "Total Blocking Time in the lab",
      excerpt:
        "TBT adds up how long the main thread was blocked during load. It is the lab's best stand-in for responsiveness, and it points at scripts.",
    },
    {
      title: "A green score is not the goal",
      excerpt:
        "Chasing a perfect Lighthouse score can lead to strange trade-offs. The metrics exist to describe readers' experience; start from that instead.",
    },
  ],
  paragraphs: [
    "Largest Contentful Paint marks the moment the largest image or block of text in the viewport has rendered. It is a rough but useful answer to the question readers actually ask: when can I see what I came for? A good LCP is under two and a half seconds at the 75th percentile of page loads, measured on real devices and networks.",
    "A late LCP can be broken into four parts: the time to the first byte of HTML, the delay before the browser discovers the LCP resource, the time to download it, and the time to render it. Each part has its own fixes. A slow server, an image discovered only by a script, an oversized file and a render blocked by CSS look alike in the total but not in the breakdown.",
    "Cumulative Layout Shift adds up how much visible content moves unexpectedly while a page is open. Images without dimensions, ads and embeds that arrive late, banners inserted above the content and fonts that swap with different metrics are the usual causes. A score under 0.1 is good, and most sites can get there by reserving space for everything that loads late.",
    "Lab tools like Lighthouse load a page once, on one machine, with a simulated network. Field data comes from real visits: thousands of devices, networks and cache states. The lab is repeatable and good for comparing two versions of a page; the field tells you what readers experience. When they disagree, the field is right and the lab is the place to find out why.",
    "Time to first byte is the start of every other metric. Before the first byte of HTML arrives, the browser cannot discover the stylesheet, the fonts or the LCP image. A page whose server takes 800 milliseconds to respond has spent a third of the LCP budget before the front end gets any say. Database queries and server rendering are usually the biggest parts of it.",
    "Render-blocking stylesheets hold back the first paint. The browser will not draw anything until it has every stylesheet linked in the head, because drawing without them would flash unstyled content. Inlining the small amount of CSS the first screen needs and loading the rest without blocking lets the first content appear after one round trip instead of two.",
    "The 75th percentile is the threshold Core Web Vitals use: a page passes if three quarters of its visits meet the target. That puts the focus on the slower part of the audience, often readers on older phones and mobile networks. Improvements that only help fast devices barely move it; trimming bytes and round trips usually does.",
    "The browser exposes these metrics through the Performance API. A PerformanceObserver registered for largest-contentful-paint, layout-shift and event entries receives each measurement as it happens, and a small script can send them to your own endpoint when the page is hidden. That is enough to build a field dashboard without any third-party service.",
    "Total Blocking Time sums the part of each long task that exceeds 50 milliseconds, between the first paint and the moment the page becomes reliably interactive. It is a lab metric, but it correlates well with how responsive a page feels in the field, and it points directly at the scripts that run during load. A page that sends no JavaScript has almost none.",
    "A Lighthouse score is a weighted summary of lab metrics, useful for spotting regressions and hard to interpret on its own. Two runs on the same page can differ by several points on a busy machine, so a single run proves little. Comparing the underlying metrics over several runs, and checking them against field data, says much more than the number in the circle.",
  ],
  comments: [
    "The four-part LCP breakdown is the most useful thing I've read on vitals this year.",
    "Our lab score was 98 and our field LCP was terrible. Real readers on old phones, of course.",
    "Reserving space for ads fixed most of our CLS. The rest was a cookie banner.",
    "Nice reminder that TTFB is part of LCP. Front-end teams often forget the server exists, and back-end teams forget the browser has work left to do after it.",
    "How many runs do you average for Lighthouse? We use the median of five, on a dedicated machine, and still see the score move by three or four points.",
    "The PerformanceObserver idea is great. We dropped a paid monitoring tool for our own endpoint.",
    "Inlining critical CSS took our FCP from 1.9 s to 1.1 s on 4G. The build step to extract it was the fiddly part, but it has run untouched for a year now.",
    "Great point about the 75th percentile. The slow quarter is where the work is.",
    "Would love a post on INP specifically, since that's where we're struggling now that LCP and CLS are finally green across the whole site.",
    "Our LCP image had loading=lazy. Removing one attribute fixed the whole report.",
  ],
};
