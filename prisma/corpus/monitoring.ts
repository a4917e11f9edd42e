import type { Topic } from "./topic";

export const MONITORING: Topic = {
  categories: ["DevOps", "Backend", "Architecture", "Career"],
  articles: [
    {
      title: "Monitoring what readers actually feel",
      excerpt:
        "CPU graphs and uptime checks say the server is fine while pages take six seconds. Measuring from the reader's side changes the picture.",
    },
    {
      title: "Percentiles, not averages",
      excerpt:
        "An average response time of 200 ms can hide a tenth of requests taking four seconds. Percentiles show the slow tail, where problems live.",
    },
    {
      title: "Server-Timing headers in practice",
      excerpt:
        "A response header can say how long the database, the cache and the rendering took. DevTools then shows it next to everything else, and field monitoring can collect it for free.",
    },
    {
      title: "Alerting without burning out",
      excerpt:
        "An alert that fires every night teaches people to ignore alerts, including the one that matters. How we cut ours down to the few that mean someone should get up.",
    },
    {
      title: "Slow query logs are a gift",
      excerpt:
        "Every database can log the queries that take longer than a threshold. Reading that log once a week found more problems than any dashboard.",
    },
    {
      title: "Tracing a request across services",
      excerpt:
        "When a page calls five services, a slow response could come from any of them. Distributed tracing shows where the time goes, hop by hop.",
    },
    {
      title: "Error budgets for performance",
      excerpt:
        "If a service may be slow for one request in a hundred, the rest of the budget can be spent on shipping. Applying SLOs to latency, not just uptime.",
    },
    {
      title: "Dashboards that answer questions",
      excerpt:
        "A wall of graphs is impressive and rarely helpful. Building each dashboard around one question made ours something people actually open.",
    },
    {
      title: "Logging without slowing the server",
      excerpt:
        "Writing a log line is cheap until it is synchronous, huge and written on every request. What logging cost us on our busiest server, and the three changes that fixed it.",
    },
    {
      title: "Real user monitoring on a budget",
      excerpt:
        "Field data does not require an expensive service. The browser already measures everything; collecting it takes a small script and an endpoint.",
    },
    {
      title: "The on-call handbook we wish we had",
      excerpt:
        "Being paged at 3 a.m. is bad; being paged without knowing where to look is worse. What went into our on-call notes, and what came out.",
    },
    {
      title: "Counting queries in production",
      excerpt:
        "A page that made four queries in development made forty in production, because of data no test had. Logging the count per request caught it.",
    },
    {
      title: "Synthetic checks and what they miss",
      excerpt:
        "A script that loads the home page every minute proves that the home page loads. It says little about the pages readers actually visit.",
    },
  ],
  paragraphs: [
    "Averages hide the slow requests that readers remember. If nine requests take 100 milliseconds and the tenth takes two seconds, the average is under 300 and looks healthy. The 95th and 99th percentiles show the tail directly, and the tail is where timeouts, lock contention and cold caches show up first. Dashboards should lead with percentiles.",
    "Server-Timing is a response header that describes where the server spent its time, for example db;dur=53, render;dur=12. Browsers show it in the network panel's timing tab, and the Performance API exposes it to scripts, so the same numbers are visible to developers and to field monitoring. It costs a few bytes per response and no extra request.",
    "A slow query log records every statement that takes longer than a threshold, with its duration and often its plan. Set the threshold low enough to catch trouble early, say a hundred milliseconds, and read the log regularly. The same few queries tend to appear again and again, and each one fixed removes a whole category of slow pages.",
    "Distributed tracing follows one request through every service it touches. Each service records spans, named intervals with a start and an end, and passes a trace identifier along with its own outgoing calls. The resulting timeline shows which call was slow and what it was waiting on, which no single service's logs can show.",
    "Alerts should fire on symptoms that matter to readers, not on every cause that might. High latency on the main pages, a rising error rate and a full disk deserve a page; a single CPU spike at night usually does not. Every alert should come with a short note saying what it means and what to check first, written by someone who has been woken by it.",
    "Real user monitoring collects timings from actual visits. The browser already records navigation timing, paint timing, layout shifts and interaction delays; a small script can read them and send them to an endpoint with navigator.sendBeacon when the page is hidden. Aggregated by page and by percentile, they show what no synthetic test can.",
    "Synthetic monitoring loads a fixed set of pages from fixed locations on a schedule. It is good at telling you that something broke and when, because the conditions never change. It is poor at telling you how real readers fare, because they use other devices, other networks and, above all, other pages than the ones in the script.",
    "Logging every request synchronously to a slow disk can become the bottleneck of a fast server. Structured logs written asynchronously, sampled for the most frequent events and kept small, give almost the same insight at a fraction of the cost. The same goes for debug logging left on in production, which is a surprisingly common source of latency.",
    "Service level objectives turn 'the site should be fast' into a number: for example, 99 percent of home page requests served in under 300 milliseconds over thirty days. The remaining one percent is an error budget. While it lasts, the team ships features; when it runs low, reliability work comes first. The rule settles arguments before they start.",
    "Query counts belong in production monitoring too. A page that makes four queries in development can make forty in production, because a rare relation is common in real data or a feature flag turned on a slower path. Recording the number of queries per request, and alerting when it jumps, catches regressions that no test with tidy fixtures would.",
  ],
  comments: [
    "Server-Timing is criminally underused. We added db and render timings in an afternoon.",
    "Moving our dashboards from averages to p95 and p99 was an eye-opener. The tail was awful, and it had been awful for as long as we had data.",
    "We cut our alerts from 60 to 9. People actually respond to pages now, instead of muting the channel and hoping someone else is looking at it.",
    "The slow query log at 100 ms found three missing indexes in the first week.",
    "Do you sample traces, or keep all of them? Storage costs are getting scary for us.",
    "sendBeacon on visibilitychange is exactly how we collect field data. Cheap and reliable.",
    "Error budgets ended a long-running argument between product and operations. Highly recommend.",
    "Debug logging in production cost us 40 ms per request once, all of it spent writing lines nobody read to a disk that was already struggling. Never again.",
    "Good post. Synthetic checks told us everything was fine during a two-hour outage of the search page, because the script only ever loaded the home page and the login form.",
    "Counting queries per request in production is a great idea. Stealing it.",
  ],
};
