import type { Topic } from "./topic";

export const JAVASCRIPT: Topic = {
  categories: ["Frontend", "TypeScript", "Tooling", "Performance"],
  articles: [
    {
      title: "The cost of JavaScript on cheap phones",
      excerpt:
        "A bundle that runs in 50 ms on a developer laptop can take half a second on a budget phone. Why script costs more than its download size.",
    },
    {
      title: "Shipping less JavaScript",
      excerpt:
        "The fastest script is the one you do not send. How we cut our bundle by two thirds by asking what each dependency was actually for.",
    },
    {
      title: "Pages that work without JavaScript",
      excerpt:
        "A blog needs no client-side code to show an article. Rendering on the server and sending plain HTML made our pages lighter and sturdier.",
    },
    {
      title: "Code splitting by route",
      excerpt:
        "Sending the code for every page on the first visit is wasteful, especially for readers who only ever see one. Splitting by route keeps each page's script to what that page needs.",
    },
    {
      title: "Reading a bundle analyzer report",
      excerpt:
        "Treemaps of a bundle show where the bytes go, often to places nobody chose. A guided tour of ours, from a date library to a forgotten polyfill.",
    },
    {
      title: "Hydration is not free",
      excerpt:
        "Server rendering shows content early, then hydration runs all the components again in the browser before the page responds. Where that cost comes from, and how to pay less of it.",
    },
    {
      title: "Long tasks and an unresponsive page",
      excerpt:
        "Any task longer than 50 ms blocks input, so a tap during it feels ignored. Breaking work into smaller pieces keeps a page responsive even when there is a lot to do.",
    },
    {
      title: "Tree shaking in practice",
      excerpt:
        "Bundlers promise to drop unused code, but side effects and barrel files often stop them. How to check what actually survives the build.",
    },
    {
      title: "Third-party scripts, measured",
      excerpt:
        "Chat widgets, analytics, A/B testing and ads run on the same main thread as your code. We measured each one in a performance trace, put the numbers in a table and removed two.",
    },
    {
      title: "Defer, async and module scripts",
      excerpt:
        "Where and how a script tag is written decides whether it blocks rendering. A short guide to the attributes and when to use each of them.",
    },
    {
      title: "Dependencies with a byte budget",
      excerpt:
        "A date library can weigh more than the page it formats dates for. Checking the size of a package before installing it is a habit worth having.",
    },
    {
      title: "TypeScript types cost nothing at runtime",
      excerpt:
        "Types disappear when TypeScript compiles, so they add no bytes. Enums, decorators and some helpers do not disappear, and they add up.",
    },
    {
      title: "Interaction to Next Paint and your scripts",
      excerpt:
        "INP measures how quickly a page responds to taps and clicks. Heavy event handlers and long tasks are the usual reasons it turns red.",
    },
  ],
  paragraphs: [
    "JavaScript costs more per byte than any other resource. An image, once downloaded, only needs decoding; a script has to be parsed, compiled and executed on the main thread, the same thread that responds to taps and scrolls. A 400-kilobyte bundle that runs in a fraction of a second on a developer's laptop can keep a budget phone busy for several seconds.",
    "Many pages need far less script than they ship. A blog article, a product description or a list of search results is readable as plain HTML, and links and forms work without any client-side code. Rendering such pages on the server and sending no framework runtime at all removes hundreds of kilobytes and the whole class of problems that come with hydration.",
    "Hydration is the step where a server-rendered page becomes interactive: the browser downloads the components, runs them again, and attaches event handlers to the existing HTML. Until it finishes, the page looks ready but may not respond. The cost grows with the number of components, so pages that are mostly static pay for interactivity they hardly use.",
    "A bundle analyzer draws the contents of a bundle as a map of rectangles sized by bytes. The first look is usually a surprise: a date library with every locale, two copies of the same utility at different versions, a polyfill for browsers nobody supports any more. Each of those is a small fix once it has been seen.",
    "A long task is any piece of work that keeps the main thread busy for more than 50 milliseconds. During it, the page cannot respond to input, so a tap feels ignored. Splitting long work into smaller chunks and yielding between them, with scheduler.yield where available or a timeout elsewhere, lets the browser handle input in the gaps.",
    "Tree shaking removes exports that nothing imports, but only when the bundler can prove that removing them changes nothing. Modules with side effects at the top level, and barrel files that re-export everything from one index, often defeat it. Marking packages as free of side effects and importing from specific paths instead of the barrel helps the bundler do its job.",
    "Scripts in the head block the parser unless they are marked. The defer attribute downloads the script in parallel and runs it after the document is parsed, in order; async runs it as soon as it arrives, in any order. Module scripts are deferred by default. For most application code defer is right, and async suits independent scripts such as analytics.",
    "Third-party scripts share the main thread with everything else on the page. A chat widget, an A/B testing tool and a tag manager can together use more CPU than the application itself, and they load more scripts of their own. Measuring each one's main-thread time in a performance trace makes the discussion about keeping them much more concrete.",
    "Checking a package's size before installing it takes seconds and saves hours later. Tools that report the minified and compressed size of a package, and of its dependencies, show when a small helper drags in a large library. Often the platform already does the job: Intl formats dates and numbers, and fetch replaces most HTTP clients.",
    "Interaction to Next Paint measures the delay between a reader's input and the next frame the browser paints in response. A slow event handler, a long task that happened to be running, or a large re-render after the click all add to it. Keeping handlers small, deferring work that is not visible, and avoiding forced layouts are the usual remedies.",
  ],
  comments: [
    "We dropped moment.js for Intl and saved 70 KB gzipped. Should have done it years ago.",
    "Testing on a cheap Android phone changed how our whole team thinks about bundles. Everyone should have one on their desk, next to the fancy laptop.",
    "Barrel files are the silent killer of tree shaking. Great to see them called out.",
    "Our chat widget alone was 300 KB of script. Marketing agreed to load it on click.",
    "Server rendering with no client JS at all for the blog pages is such a relief to maintain.",
    "Is scheduler.yield available everywhere yet? Still using setTimeout as a fallback here.",
    "The bundle analyzer showed two versions of lodash. Two! One came from a date picker we used on a single settings page that maybe ten people a month visit.",
    "Nice point about enums. We switched to union types and our bundle shrank a little, and the code got easier to read as a bonus.",
    "INP went from 480 ms to 150 ms after we split one big click handler. Thanks for the tips.",
    "Would be great to see a follow-up on islands architecture, since it seems like the middle ground between shipping no JavaScript and hydrating everything.",
  ],
};
