import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DESKTOP, extractAssets, pickImage, slotWidth } from "./assets";

const PAGE = "http://127.0.0.1:3000/articles/x";

describe("the files a page makes a browser fetch", () => {
  it("should list stylesheets, preloads, scripts and images, each once, in document order", () => {
    const html = `<html><head>
      <link rel="stylesheet" href="/_next/static/a.css"/>
      <link rel="preload" as="script" fetchPriority="low" href="/_next/static/b.js"/>
      <link rel="modulepreload" href="/_next/static/m.js">
      <script src="/_next/static/b.js" async=""></script>
      <script>inline()</script>
      <link rel="icon" href="/favicon.ico"/>
      <link rel="canonical" href="/articles/x"/>
      <meta property="og:image" content="/media/covers/og.jpg"/>
    </head><body><img alt="" src="/media/covers/x.jpg"/><img src='/media/covers/x.jpg'></body></html>`;
    assert.deepEqual(extractAssets(html, PAGE), [
      "http://127.0.0.1:3000/_next/static/a.css",
      "http://127.0.0.1:3000/_next/static/b.js",
      "http://127.0.0.1:3000/_next/static/m.js",
      "http://127.0.0.1:3000/media/covers/x.jpg",
    ]);
  });

  it("should skip data: URLs and other origins, and read escaped attributes", () => {
    const html = `<img src="data:image/gif;base64,AAAA"><script src="https://cdn.example/x.js"></script><img src="/thumbs/a.jpg?w=60&amp;q=75">`;
    assert.deepEqual(extractAssets(html, PAGE), ["http://127.0.0.1:3000/thumbs/a.jpg?w=60&q=75"]);
  });

  it("should take the srcset candidate a 1366 px browser picks, for an image and its preload alike", () => {
    const srcset = "/t/c.jpg?w=240 240w, /t/c.jpg?w=480 480w, /t/c.jpg?w=640 640w";
    const sizes = "(max-width: 599px) calc(100vw - 32px), 240px";
    const html = `<link rel="preload" as="image" imageSrcSet="${srcset}" imageSizes="${sizes}"/><img sizes="${sizes}" srcSet="${srcset}" src="/t/c.jpg?w=960">`;
    assert.deepEqual(extractAssets(html, PAGE), ["http://127.0.0.1:3000/t/c.jpg?w=240"]);
  });
});

describe("a browser's choice among srcset candidates", () => {
  it("should pick the 1x candidate of x descriptors at a pixel ratio of 1, and 2x at 2", () => {
    const srcset = "/p.jpg?w=60 1x, /p.jpg?w=120 2x";
    assert.equal(pickImage(srcset, undefined, "/p.jpg?w=120", DESKTOP), "/p.jpg?w=60");
    assert.equal(pickImage(srcset, undefined, undefined, { width: 1366, devicePixelRatio: 2 }), "/p.jpg?w=120");
  });

  it("should pick the narrowest w candidate covering the slot, or the widest when none does", () => {
    const srcset = "/a?w=640 640w, /a?w=1080 1080w, /a?w=1920 1920w";
    assert.equal(pickImage(srcset, "700px", undefined, DESKTOP), "/a?w=1080");
    assert.equal(pickImage(srcset, undefined, undefined, { width: 3000, devicePixelRatio: 1 }), "/a?w=1920");
  });

  it("should use the src when there is no srcset", () => {
    assert.equal(pickImage(undefined, undefined, "/a.jpg", DESKTOP), "/a.jpg");
  });

  it("should size the slot by the first media condition that holds", () => {
    assert.equal(slotWidth("(max-width: 599px) calc(100vw - 32px), 240px", DESKTOP), 240);
    assert.equal(slotWidth("(max-width: 599px) calc(100vw - 32px), 240px", { width: 400, devicePixelRatio: 1 }), 368);
    assert.equal(slotWidth("(min-width: 1200px) 50vw, 100vw", DESKTOP), 683);
    assert.equal(slotWidth(undefined, DESKTOP), 1366);
  });
});
