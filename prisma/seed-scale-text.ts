/**
 * What the rows a larger scale adds are made of: random draws, names for new authors and
 * categories, and pools of texts drawn once, so that millions of rows take seconds to make.
 */
import { slugify } from "./seed-content";
import { FIRST_NAMES, LAST_NAMES, TITLE_SHAPES, TOPICS, WORDS } from "./seed-data";

export type Draw = { pick: <T>(list: readonly T[]) => T; int: (min: number, max: number) => number };

export function drawFrom(random: () => number): Draw {
  return {
    pick: (list) => list[Math.floor(random() * list.length)]!,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
  };
}

/** Texts drawn once from the seed; older articles and comments are made of them, which is quick. */
export function textPools({ pick, int }: Draw) {
  const sentence = (min: number, max: number) => {
    const text = Array.from({ length: int(min, max) }, () => pick(WORDS)).join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: int(3, 6) }, () => sentence(8, 18)).join(" ");
  const titles = TOPICS.flatMap((topic) =>
    TITLE_SHAPES.map((shape) => shape.replace("{t}", topic).replace("{T}", topic[0]!.toUpperCase() + topic.slice(1))),
  );
  return {
    paragraphs: Array.from({ length: 4_096 }, paragraph),
    excerpts: Array.from({ length: 4_096 }, () => sentence(18, 30)),
    remarks: Array.from({ length: 16_384 }, () => sentence(6, 30)),
    titles: titles.map((title) => ({ title, slug: slugify(title) })),
  };
}

/** A fresh name and slug for each author after the blog's own: first and last names, then with a middle initial. */
export function authorNames(count: number, taken: ReadonlySet<string>): { name: string; slug: string }[] {
  const names: { name: string; slug: string }[] = [];
  for (let i = 0; names.length < count; i += 1) {
    const pairs = FIRST_NAMES.length * LAST_NAMES.length;
    const middle = Math.floor(i / pairs);
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const name = middle === 0 ? `${first} ${last}` : `${first} ${String.fromCharCode(64 + middle)}. ${last}`;
    const slug = slugify(name);
    if (!taken.has(slug)) names.push({ name, slug });
  }
  return names;
}
