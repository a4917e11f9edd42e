import type { Topic } from "./topic";

export const BUDGETS: Topic = {
  categories: ["Career", "Performance", "Testing", "Architecture"],
  articles: [
    {
      title: "Making the case for performance work",
      excerpt:
        "Speed competes with features for time on every roadmap. Numbers about revenue, bounce rate and support tickets win that argument more often.",
    },
    {
      title: "Performance budgets that stick",
      excerpt:
        "A budget is a limit on page weight, request count or load time that the build checks. Set it from what you measure today, then lower it.",
    },
    {
      title: "Who owns performance?",
      excerpt:
        "When everyone is responsible for speed, nobody is. Giving it an owner, a dashboard and a regular slot in planning changed how our team works.",
    },
    {
      title: "Performance reviews for pages",
      excerpt:
        "We review code before it merges; now we review pages too, with a short checklist of queries, bytes and requests. It takes ten minutes and has caught something almost every week.",
    },
    {
      title: "Teaching performance to new developers",
      excerpt:
        "Most developers learn about speed by breaking it. A short onboarding with the debug toolbar and the network panel makes that lesson cheaper.",
    },
    {
      title: "The business value of a faster page",
      excerpt:
        "Studies by large retailers tie each extra second of load time to lost sales. Our own numbers were smaller, and they were still persuasive.",
    },
    {
      title: "Benchmarks that survive code review",
      excerpt:
        "A benchmark nobody can rerun is an anecdote. Recording the machine, the data, the commit and several runs made ours something people trust.",
    },
    {
      title: "Speed as a feature",
      excerpt:
        "Readers rarely mention speed when a site is fast, and always when it is slow. Treating performance as a feature gives it a place on the roadmap.",
    },
    {
      title: "How we stopped the page from getting slower",
      excerpt:
        "Our page got a little slower with every release, and nobody noticed any one change. A budget in CI finally made each regression visible.",
    },
    {
      title: "Talking about performance with designers",
      excerpt:
        "A beautiful design and a fast page are not opposites. Sharing budgets and trade-offs early made our designs lighter without making them plainer.",
    },
    {
      title: "Performance work on a small team",
      excerpt:
        "Without a dedicated performance team, speed has to fit into ordinary work. The habits that made the biggest difference for our team of four.",
    },
    {
      title: "Reproducing a performance article",
      excerpt:
        "We rebuilt the examples from a well-known Django performance article in another stack. Most of the lessons carried over; the numbers did not.",
    },
    {
      title: "When fast enough is enough",
      excerpt:
        "Every page could be faster, but not every millisecond is worth a week of work. Setting targets from what readers experience tells you when to stop optimising and ship.",
    },
  ],
  paragraphs: [
    "A performance budget is a limit the team agrees not to exceed: a maximum page weight, a number of requests, a load time on a given device and network. Its value comes from being checked automatically, on every build, so that a regression fails loudly instead of slipping out unnoticed. A budget that lives only in a document is forgotten within a quarter.",
    "The best starting budget is the page as it is today. Measure it, set the limits slightly above the current numbers so that nothing fails on day one, and from then on allow no increase without a conversation. Lowering the budget after each improvement locks the gain in, and over a year the page becomes markedly lighter without any big project.",
    "Performance arguments are won with numbers from your own site. Industry studies that link load time to revenue are a good opening, but a chart of your own bounce rate by load time, or your own conversion rate on fast and slow sessions, is far more persuasive. Collecting that data first makes the case almost by itself.",
    "Performance regressions rarely arrive in one large commit. They come as many small ones: a new dependency here, a larger image there, one more query in a shared layout. None of them is worth a discussion on its own, which is exactly why the total keeps growing. Automated checks that compare each build with the last are the only reliable defence.",
    "A benchmark result is only useful if someone else can reproduce it. Recording the commit, the machine, the browser version, the network profile and the data set, and running each measurement several times to report a median and a spread, turns a number into evidence. Without those, two people with different results have nothing to discuss.",
    "New developers learn performance fastest by seeing it. Ten minutes with a debug toolbar that counts queries, and ten more with the browser's network panel on a throttled connection, teach more than any document. After that, asking how many queries a page makes becomes a natural question in code review rather than a criticism.",
    "Designers and developers make performance decisions together, whether they notice or not. A hero video, a third web font or a carousel of large images are design choices with a byte cost. Sharing the budget at the start of a project, rather than after the design is approved, makes it part of the brief instead of an obstacle at the end.",
    "Knowing when to stop matters as much as knowing where to start. Once a page meets its targets at the 75th percentile on the devices and networks your readers use, further gains shrink quickly and cost more. That is a good moment to lock the numbers in with a budget, turn to something else, and come back when the measurements say so.",
    "Reproducing someone else's performance results is a good way to learn what actually matters. Rebuilding the examples from a published article shows which lessons hold in another framework and which depended on details of the original setup. The techniques usually carry over; the exact speedups rarely do, and working out why is the instructive part.",
    "On a small team, performance work has to fit into normal work rather than wait for a dedicated project. A query count in every page's debug output, a page-weight check in CI and a habit of looking at the waterfall before merging a new feature cost little, and together they catch most regressions while they are still small enough to fix in minutes.",
  ],
  comments: [
    "The 'start the budget at today's numbers' tip is what finally got ours adopted.",
    "We showed our own bounce-rate chart to leadership. Performance got a whole quarter on the roadmap, which had never happened before in my four years there.",
    "Death by a thousand small commits describes our app exactly. Nobody made it slow on purpose, and nobody can point to the change that did it.",
    "Putting the budget in the design brief is smart. Our designers were happy to help once they knew the numbers.",
    "Reproducible benchmarks are so rare. Recording the commit and the machine should be standard.",
    "How do you stop the budget from becoming a number people just bump when it fails?",
    "Teaching with the debug toolbar works. Our juniors now ask about query counts in every review.",
    "'When fast enough is enough' needed saying. We once spent a month on 20 ms nobody could feel, while the checkout page still took four seconds on mobile.",
    "Small team here too. The CI weight check has caught three regressions in two months.",
    "Great series. I'd love to see the numbers from the reproduction in a follow-up.",
  ],
};
