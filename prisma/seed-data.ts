/**
 * Names the seed draws from: authors, categories and commenters. What they write is in corpus/.
 * Fixed lists and a fixed random seed make the same blog every time.
 */

export const FIRST_NAMES = [
  "Ada",
  "Grace",
  "Linus",
  "Margaret",
  "Ken",
  "Barbara",
  "Dennis",
  "Frances",
  "Guido",
  "Radia",
  "Edsger",
  "Hedy",
  "Donald",
  "Katherine",
];
export const LAST_NAMES = [
  "Lovelace",
  "Hopper",
  "Torvalds",
  "Hamilton",
  "Thompson",
  "Liskov",
  "Ritchie",
  "Allen",
  "van Rossum",
  "Perlman",
  "Dijkstra",
  "Lamarr",
  "Knuth",
  "Johnson",
];

/** 20 categories; the last three get no articles, so that empty categories must be hidden. */
export const CATEGORIES: [string, string][] = [
  ["Databases", "Indexes, query plans and the ORMs in front of them."],
  ["Performance", "Making pages fast and proving it with numbers."],
  ["Frontend", "Browsers, layout and the code that runs in them."],
  ["Backend", "Servers, APIs and what happens before the first byte."],
  ["DevOps", "Deploying, monitoring and keeping things up."],
  ["Security", "Threats, defences and the boring work that stops incidents."],
  ["Testing", "Tests that catch bugs and not much else."],
  ["Architecture", "How the pieces fit, and when to cut them apart."],
  ["Caching", "The second hardest problem, in practice."],
  ["Images", "Formats, sizes and the bytes nobody looks at."],
  ["Networking", "Round trips, bandwidth and protocols."],
  ["TypeScript", "Types that help and types that get in the way."],
  ["Python", "The language, its libraries and its web frameworks."],
  ["Career", "Working in software, with people."],
  ["Tooling", "Editors, debuggers and the command line."],
  ["Accessibility", "Pages everyone can use."],
  ["Design", "Interfaces, typography and colour."],
  ["Quantum Computing", "Nothing here yet."],
  ["Blockchain", "Nothing here yet."],
  ["Metaverse", "Nothing here yet."],
];
export const EMPTY_CATEGORY_COUNT = 3;

export const COMMENTERS = [
  "Sam",
  "Priya",
  "Jonas",
  "Mei",
  "Carlos",
  "Amara",
  "Olek",
  "Fatima",
  "Tom",
  "Ines",
  "Kwame",
  "Lena",
  "Ravi",
  "Noor",
  "Pablo",
  "Yuki",
];
