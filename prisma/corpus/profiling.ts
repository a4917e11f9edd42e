import type { Topic } from "./topic";

export const PROFILING: Topic = {
  categories: ["Tooling", "Backend", "Python", "TypeScript"],
  articles: [
    {
      title: "Profiling a slow page, step by step",
      excerpt:
        "Guessing where the time goes rarely works, even for people who wrote the code. A profiler shows it, once you know how to read a flame graph and which parts of it to ignore.",
    },
    {
      title: "Reading flame graphs",
      excerpt:
        "Flame graphs pack thousands of stack samples into one picture. The width of each bar is what matters; the colours and the order rarely do.",
    },
    {
      title: "Profiling Node.js in production",
      excerpt:
        "The built-in inspector and a sampling profiler can run against a live server with little overhead. How we found a slow regular expression.",
    },
    {
      title: "Profiling Django views",
      excerpt:
        "Most slow Django views spend their time in the database, the template or serialisation. A few tools tell you which one, and by how much.",
    },
    {
      title: "The performance panel in Chrome DevTools",
      excerpt:
        "A single recording shows network, scripting, rendering and painting on one timeline, which is a lot to take in. A tour of the parts we look at first, and the ones we mostly skip.",
    },
    {
      title: "Measure before you optimise",
      excerpt:
        "We spent a week speeding up a function that took two percent of the request. A five-minute profile would have pointed somewhere else.",
    },
    {
      title: "Memory leaks in long-running servers",
      excerpt:
        "A server that slows down over days is often running out of memory slowly. Heap snapshots taken an hour apart show what keeps growing.",
    },
    {
      title: "CPU throttling as a profiling tool",
      excerpt:
        "Profiling on a fast laptop hides the costs that matter on slower devices. Throttling the CPU in DevTools makes them visible in seconds, with no phone and no cable required.",
    },
    {
      title: "Microbenchmarks lie",
      excerpt:
        "A loop that runs a function a million times measures something, just not what the page will see. How to benchmark code in a realistic setting.",
    },
    {
      title: "Profiling database time from the application",
      excerpt:
        "An ORM can report every query with its duration and the line of code that issued it. That turns a slow page into a list of call sites.",
    },
    {
      title: "When the profiler shows nothing",
      excerpt:
        "A request takes two seconds and the CPU profile is nearly empty. The time is spent waiting, and finding out on what needs other tools.",
    },
    {
      title: "Sampling versus instrumenting profilers",
      excerpt:
        "One takes snapshots of the stack at intervals; the other records every call. Each distorts the picture in its own way, and both are useful.",
    },
    {
      title: "Regular expressions that take forever",
      excerpt:
        "A pattern with nested repetition can take exponential time on the wrong input. One of ours did, in production, on a single long header.",
    },
  ],
  paragraphs: [
    "A profile replaces opinions with measurements. Before changing any code for speed, record where the time actually goes: in the database, in rendering, in serialisation or in waiting on another service. The answer is often not where the team expected, and the five minutes spent recording it can save days spent optimising the wrong thing.",
    "A flame graph stacks function calls on top of each other, with the width of each bar showing how much of the sampled time was spent in that function and everything it called. Wide bars at the top of a stack are the functions doing the work themselves. The horizontal order is usually alphabetical, not chronological, which surprises almost everyone the first time.",
    "Sampling profilers interrupt the program at regular intervals and record its call stack. They add little overhead, which makes them safe on production servers for short periods, but they can miss very short functions. Instrumenting profilers record every call and return, which is exact but slow enough to change what is being measured.",
    "Node.js can be profiled with the built-in inspector: start the process with --inspect, open Chrome's DevTools and record a CPU profile while sending requests. For a server under load, the --cpu-prof flag writes a profile to disk when the process exits. Either one shows whether the event loop is busy with your code, with a library, or mostly idle.",
    "When a request is slow but the CPU profile is nearly empty, the process is waiting: on the database, on another service, on a lock or on disk. CPU profilers do not see waiting. Tracing each outgoing call with its duration, or logging queries with their times, shows what the request waited on and for how long.",
    "Throttling the CPU in DevTools, by four or six times, approximates a mid-range phone on a developer's laptop. Problems that are invisible at full speed, such as a long task during load or a slow handler on a click, stand out at once. Profiling a page both ways is a quick check of whether it will feel fast to people without the latest hardware.",
    "Memory leaks in servers show up as slowly rising memory and, eventually, long garbage collection pauses or a crash. Taking two heap snapshots some time apart and comparing them shows which objects keep accumulating. Common culprits are caches without a size limit, listeners that are added on every request and never removed, and closures holding large objects.",
    "Microbenchmarks measure a piece of code in isolation, usually in a tight loop, where the JIT compiler, the CPU caches and the branch predictor all behave unlike they do in a real request. They are useful for comparing two implementations of the same small function, and misleading for estimating how much faster a page will get.",
    "Most ORMs can report each query with its duration and, with a little help, the line of application code that issued it. Grouping those by call site turns 'the page is slow' into 'this loop in the template runs a query per row', which is a much shorter conversation. Debug toolbars do exactly this, and they are worth installing on day one.",
    "Regular expressions with nested quantifiers, such as a group repeated inside another repetition, can take exponential time when a match almost succeeds. A single crafted or unlucky input of a few thousand characters can then block a Node.js server's event loop for seconds. Limiting input length and rewriting the pattern without ambiguity are the fixes.",
  ],
  comments: [
    "The flame graph order being alphabetical blew my mind. Explains so much confusion.",
    "--cpu-prof is such a handy flag. Found a JSON.stringify on a 5 MB object in our hot path.",
    "We spent a sprint optimising the wrong function once. 'Profile first' is now a team rule, written at the top of our pull request template.",
    "django-debug-toolbar is the first thing I install on any Django project. Great to see it recommended.",
    "Heap snapshot diffing found our leak in ten minutes: an event listener added per request.",
    "CPU throttling at 6x is humbling. Our 'fast' page took four seconds to become usable.",
    "The regex story is terrifying. We now run a linter that flags nested quantifiers.",
    "Nice overview. py-spy deserves a mention for profiling Python in production without a restart.",
    "How do you profile async code in Node without everything showing up as idle?",
    "Microbenchmarks lie, and so do I when I report them in standup. Good post, and a useful reminder to measure the whole request rather than the part I happen to find interesting.",
  ],
};
