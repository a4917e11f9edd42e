import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { KEPT_SCRIPT_ID } from "../contract/markup";
import { staticHtml } from "./static-html";

const PANEL = `<script id="${KEPT_SCRIPT_ID}">window.panel = 1;</script>`;

/** A page as Next.js writes it, piece by piece, each marked with whether optimized mode keeps it. */
const PIECES: [html: string, kept: boolean][] = [
  ["<!DOCTYPE html><html><head>", true],
  ['<link rel="stylesheet" href="/_next/static/css/a.css">', true],
  ['<link rel="preload" as="image" href="/thumbs/covers/a.jpg?w=960&q=75">', true],
  ['<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js">', false],
  ['<link rel="modulepreload" href="/_next/static/chunks/main.js">', false],
  ['<script src="/_next/static/chunks/main.js" async=""></script>', false],
  ["</head><body><main><h1>Latest articles</h1></main>", true],
  [PANEL, true],
  ["<script>(self.__next_f=self.__next_f||[]).push([0])</script>", false],
  ['<SCRIPT type="module">\nimport("/x.js")\n</SCRIPT>', false],
  ["</body></html>", true],
];
const PAGE = PIECES.map(([html]) => html).join("");
const KEPT = PIECES.filter(([, kept]) => kept).map(([html]) => html);

describe("static-html", () => {
  it("should send naive HTML as Next.js wrote it, scripts and all", () => {
    assert.equal(staticHtml.naive.transform(PAGE), PAGE);
  });

  it("should drop every framework script and every hint to fetch one, and keep the debug panel's script", () => {
    const html = staticHtml.optimized.transform(PAGE);
    assert.deepEqual(
      [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]),
      [`<script id="${KEPT_SCRIPT_ID}">`],
    );
    assert.doesNotMatch(html, /modulepreload|as="script"/);
  });

  it("should keep everything else byte for byte: the markup, the stylesheet and the image hints", () => {
    assert.equal(staticHtml.optimized.transform(PAGE), KEPT.join(""));
    assert.ok(KEPT.join("").length < PAGE.length);
  });

  it("should leave a page with nothing to drop as it is", () => {
    const plain = `<html><body><p>No scripts.</p>${PANEL}</body></html>`;
    assert.equal(staticHtml.optimized.transform(plain), plain);
  });
});
