import type { Topic } from "./topic";

export const LOAD_TESTING: Topic = {
  categories: ["Testing", "DevOps", "Performance", "Backend"],
  articles: [
    {
      title: "Load testing before launch day",
      excerpt:
        "A new page that works for one reader may fall over for a thousand. An afternoon of load testing shows the limit while there is time to move it.",
    },
    {
      title: "Why load testing matters more than you think",
      excerpt:
        "Functional tests say a page works; load tests say how many people it works for at once, and what happens to the rest. Only the second kind predicts how launch day will go.",
    },
    {
      title: "Requests per second is not the whole story",
      excerpt:
        "A server that handles 2,000 requests per second with a 5-second p99 is not fast. Throughput and latency have to be read together.",
    },
    {
      title: "Coordinated omission, explained",
      excerpt:
        "Many load tools stop sending requests while the server is stuck, and so never record the worst delays. How to spot the bias and avoid it.",
    },
    {
      title: "Finding the knee in the latency curve",
      excerpt:
        "As load rises, latency stays flat and then climbs steeply. The point where it bends is your real capacity, and it is lower than you hope.",
    },
    {
      title: "Testing with realistic data",
      excerpt:
        "A load test against an empty database measures an empty database. Seeding a thousand times more data changed every number we had, and two of our fastest pages became the slowest.",
    },
    {
      title: "Connection pools under load",
      excerpt:
        "A pool that is too small queues requests; one that is too large overwhelms the database. Load tests show where the right size lies.",
    },
    {
      title: "Load testing with autocannon",
      excerpt:
        "autocannon is a small, fast HTTP benchmarking tool for Node.js. A walkthrough of testing a page, reading the output and avoiding common traps.",
    },
    {
      title: "What breaks first under load",
      excerpt:
        "It is rarely the CPU. In our tests the first thing to give out was the database connection pool, then memory, then the thumbnail queue.",
    },
    {
      title: "Shedding load gracefully",
      excerpt:
        "A server that accepts every request under overload serves all of them slowly, until readers give up. Rejecting some of them quickly, with a clear answer, keeps the rest fast.",
    },
    {
      title: "Soak tests and slow leaks",
      excerpt:
        "Some problems only appear after hours of steady traffic. A long, moderate test finds leaks and growing queues that short bursts never do.",
    },
    {
      title: "Load testing in CI",
      excerpt:
        "A full load test is too slow to run on every commit, but a short one with a fixed budget fits in a minute and catches the worst regressions before they merge.",
    },
    {
      title: "Caching changes your load test",
      excerpt:
        "A test that requests the same URL a million times measures the cache. Varying the requests like real traffic gives a more honest answer.",
    },
  ],
  paragraphs: [
    "A load test sends many requests at once to find out how a system behaves under pressure. The interesting results are not the averages at low load, which a single request already shows, but the point where response times start to climb and the way the system fails beyond it. That point is the real capacity, and knowing it before launch day is the whole purpose.",
    "Throughput and latency must be read together. A server can report impressive requests per second while most readers wait seconds for their page, because requests are piling up in a queue. The useful figure is the highest throughput at which the 99th percentile latency stays within your target; everything beyond that is overload.",
    "Coordinated omission is a measurement bias built into many load tools. If the tool waits for each response before sending the next request, a server that stalls for two seconds simply receives fewer requests during the stall, and the slow period is barely recorded. Tools that send at a fixed rate, regardless of responses, see the stall as it really is.",
    "Realistic data matters as much as realistic traffic. A query that is instant on a table of a thousand rows can take seconds on ten million, and an index that was never needed in testing becomes essential. Seeding a test database at production scale, or at a multiple of it, is the only way to see those queries as they will behave.",
    "Latency usually stays flat as load rises, then bends sharply upwards once some resource is saturated: CPU, database connections, disk, or a lock. Plotting latency against load over a range of rates shows that knee clearly. Running near it in production leaves no room for a spike, so capacity planning should aim well below it.",
    "A connection pool sets how many queries can run at once. Too small, and requests wait for a free connection while the database sits idle; too large, and the database spends its time switching between connections instead of answering them. The right size depends on the database's cores and disks, and a load test at increasing pool sizes finds it quickly.",
    "Under overload, a server that accepts every request ends up serving all of them slowly, and readers give up before their pages arrive. Rejecting excess requests early with a 503 and a Retry-After header keeps response times normal for the requests it does accept. It feels wrong to turn readers away, but it helps more of them than the alternative.",
    "Soak tests run a moderate load for hours rather than a heavy load for minutes. They find problems that only appear over time: memory that grows slowly, connections that are never returned to the pool, log files that fill a disk, caches that grow without limit. A server that passes a ten-minute test can still fail after a night of steady traffic.",
    "A load test that requests the same URL over and over mostly measures caching, at every level from the database's buffer pool to the CPU's own caches. Real traffic is spread over many pages, many of them cold. Replaying a sample of real access logs, or at least varying the URLs and parameters, gives numbers closer to what production will see.",
    "A short load test with a fixed budget fits in a continuous integration pipeline. Running a minute of traffic against a build, and failing if the 95th percentile rises more than a set amount over the last release, catches the worst regressions before they merge. It does not replace a full capacity test, but it runs on every change.",
  ],
  comments: [
    "Coordinated omission explains why our load test results always looked too good. Thank you.",
    "Testing against a production-sized database changed everything for us. Half our 'fast' queries weren't.",
    "autocannon is great for quick checks. For longer tests we use k6, but the ideas are the same.",
    "We found the knee at about 60% of what we'd assumed our capacity was. Glad we tested.",
    "Load shedding with 503s felt wrong until we saw the latency graphs. Now it's non-negotiable, and our on-call rotation is noticeably calmer during traffic spikes.",
    "The soak test found a leak that only showed after six hours: a cache keyed by request id that never evicted anything. Would never have caught it otherwise.",
    "A connection pool that was too large was exactly our issue. Halving it made things faster.",
    "Do you run the load generator on a separate machine? Ours was competing with the server for CPU, and the numbers made no sense until we moved it.",
    "A one-minute load test in CI is such a good idea. Adding it this sprint.",
    "Replaying real access logs is the way. Synthetic URL lists never match the long tail.",
  ],
};
