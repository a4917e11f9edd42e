/**
 * The README and docs/ hold together: every relative link points to a file that exists and, with
 * a #fragment, to a heading that file has (GitHub's anchors); the README stays short; and every
 * page of docs/ is reachable from it.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const README = "README.md";
const README_MAX_LINES = 200;
const PAGES = [
  README,
  ...readdirSync("docs")
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

/** The text a reader sees: without fenced code, inline code or HTML comments, whose brackets are not links. */
function prose(markdown: string): string {
  return markdown
    .replace(/^```[\s\S]*?^```/gm, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/`[^`\n]*`/g, "");
}

/** Every link and image target of a page, as written. */
function linkTargets(markdown: string): string[] {
  return [...prose(markdown).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, text] of markdown.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = text!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

function isRelative(target: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(target);
}

describe("docs links", () => {
  it("should point every relative link of the README and docs/ to a file that exists, and to a heading it has", () => {
    const broken: string[] = [];
    for (const page of PAGES) {
      for (const target of linkTargets(readFileSync(page, "utf8")).filter(isRelative)) {
        const [file, fragment] = target.split("#", 2) as [string, string | undefined];
        const resolved = file === "" ? page : path.join(path.dirname(page), decodeURIComponent(file));
        if (!existsSync(resolved)) broken.push(`${page}: ${target} (no such file)`);
        else if (fragment !== undefined && resolved.endsWith(".md") && !anchors(readFileSync(resolved, "utf8")).has(fragment))
          broken.push(`${page}: ${target} (no such heading in ${resolved})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it(`should keep the README to at most ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(README, "utf8").trimEnd().split("\n").length;
    assert.ok(lines <= README_MAX_LINES, `README.md has ${lines} lines; move detail into docs/.`);
  });

  it("should link every page of docs/ from the README", () => {
    const linked = new Set(linkTargets(readFileSync(README, "utf8")).map((target) => path.normalize(target.split("#")[0]!)));
    assert.deepEqual(
      PAGES.filter((page) => page !== README && !linked.has(page)),
      [],
    );
  });

  it("should find GitHub's anchors for headings with code, commas and apostrophes", () => {
    const found = anchors("# Round trips, and `DB_LATENCY_MS`\n## The browser's floor: a calibration page\n## Options\n## Options\n");
    assert.deepEqual([...found], ["round-trips-and-db_latency_ms", "the-browsers-floor-a-calibration-page", "options", "options-1"]);
  });
});
