import type { Topic } from "./topic";

export const FONTS: Topic = {
  categories: ["Frontend", "Design", "Accessibility", "Performance"],
  articles: [
    {
      title: "Web fonts without the invisible text",
      excerpt:
        "While a custom font downloads, browsers may hide the text entirely. font-display decides what readers see in the meantime, and swap is usually right.",
    },
    {
      title: "Subsetting fonts for faster pages",
      excerpt:
        "A full font file carries thousands of glyphs your pages never use. Subsetting to the characters you need can cut its size by ninety percent.",
    },
    {
      title: "The case for system fonts",
      excerpt:
        "The fastest font is one the reader already has. System font stacks look native on every platform, render at once, never shift the layout and cost no bytes and no requests.",
    },
    {
      title: "Preloading the one font that matters",
      excerpt:
        "Fonts are discovered late, after the stylesheet that names them. A preload for the body font moves it to the front of the queue, as long as the one easily forgotten attribute is there.",
    },
    {
      title: "WOFF2 is all you need",
      excerpt:
        "Font formats used to come in fours for browser support. Today one compressed format covers every browser that matters, at a fraction of the size.",
    },
    {
      title: "Variable fonts and page weight",
      excerpt:
        "One variable font file can replace six weights and styles of a family. Whether it saves bytes depends on how many of them you actually use.",
    },
    {
      title: "Layout shift from late fonts",
      excerpt:
        "When a fallback font is swapped for the real one, text reflows and the page jumps. Matching the fallback's metrics keeps the layout still.",
    },
    {
      title: "Self-hosting fonts instead of a font CDN",
      excerpt:
        "Browsers no longer share cached fonts between sites, so a font CDN mostly adds a connection. Hosting the files yourself is simpler and faster.",
    },
    {
      title: "How many fonts does a page need?",
      excerpt:
        "Every weight, style and family is another file. We went from nine font files to two and our designers could not spot the difference.",
    },
    {
      title: "Icon fonts are a bad deal",
      excerpt:
        "An icon font downloads hundreds of glyphs to draw a dozen icons, and fails in unhelpful ways. Inline SVG is smaller, sharper and more accessible.",
    },
    {
      title: "Fonts and readability on slow networks",
      excerpt: "A reader who sees nothing for three seconds leaves. Readable fallback text keeps them on the page.",
    },
    {
      title: "Typography on a performance budget",
      excerpt:
        "Good type does not require heavy files. Choosing fonts with a byte budget in mind leads to better decisions, not worse-looking pages.",
    },
    {
      title: "Debugging font loading in DevTools",
      excerpt:
        "The network panel, the rendering tab and the performance trace each show a different part of the font story. Where to look for what.",
    },
  ],
  paragraphs: [
    "A web font is discovered late. The browser must download the HTML, then the stylesheet, then work out which fonts the visible text uses, and only then request the font files. On a slow connection that can take a second or more, during which the text in that font either waits invisibly or appears in a fallback face.",
    "The font-display descriptor decides what happens while a font loads. With block, the browser hides text for up to three seconds; with swap, it shows the fallback at once and switches when the font arrives; with optional, it uses the font only if it arrives almost immediately. For body text, swap or optional keeps the page readable from the first paint.",
    "Subsetting removes the glyphs a page does not need. A font that covers Latin, Cyrillic, Greek and Vietnamese might weigh 200 kilobytes; cut to basic Latin and a few punctuation marks, it can fall below 20. The unicode-range descriptor lets the browser download extra subsets only when a page actually contains those characters.",
    "A system font stack uses the fonts already installed on the reader's device: San Francisco on Apple systems, Segoe UI on Windows, Roboto on Android. Text renders at the first paint, with no download, no swap and no layout shift, and it looks at home on every platform. For interfaces and body text it is hard to beat, and many large sites have switched to it.",
    "Preloading the main body font tells the browser to fetch it early, in parallel with the stylesheet instead of after it. All it takes is one link element with rel=preload, as=font and the crossorigin attribute, which is required even for fonts on your own domain. Preload only the one or two files used above the fold; preloading every weight delays everything else.",
    "WOFF2 compresses fonts with Brotli and is supported by every current browser. The older formats, EOT for old versions of Internet Explorer, TTF and SVG fonts, add nothing but maintenance. A @font-face rule with a single WOFF2 source is enough, and dropping the others also removes the chance of a browser downloading a larger format than it needs.",
    "When a fallback font is replaced by the web font, lines rewrap if the two fonts have different widths and heights. The whole page below can jump, which counts as layout shift and annoys anyone halfway through a sentence. The size-adjust, ascent-override and descent-override descriptors let you tune the fallback to match the web font's metrics closely.",
    "Browsers now partition their caches by site, so a font loaded from a shared font CDN on one site is downloaded again on the next. The old argument for public font hosts, that readers probably had the file cached already, no longer holds. Hosting the font on your own origin avoids a separate connection and keeps the request under your own cache rules.",
    "Each weight and style of a font family is a separate file. Regular, italic, bold and bold italic make four requests; add a semibold and a light weight for headings and the page needs six. A variable font can combine them into one file, which pays off when a page really uses several weights and costs extra when it only uses one or two.",
    "Icon fonts draw pictures with letters. They force a download of every icon in the set, render as a stray letter or an empty box when the font fails, and are read out as nonsense by screen readers unless carefully hidden. Inline SVG icons weigh only what is used, stay sharp at any size and can carry a proper accessible label.",
  ],
  comments: [
    "Switched to a system font stack and nobody noticed, except Lighthouse, which noticed a lot.",
    "The crossorigin attribute on font preloads bit me too. Without it the font downloads twice and the preload is wasted.",
    "size-adjust is magic. Our CLS from font swaps went to zero, and it took about twenty minutes with a tool that computes the overrides for you.",
    "Subsetting took our font from 160 KB to 18 KB. We only needed Latin.",
    "Our designer refused system fonts, so we compromised on one weight of one family. Still a big win.",
    "Didn't know about cache partitioning. Doesn't that remove the main argument for hosted font services?",
    "Icon fonts rendering as empty boxes on a flaky connection is such a classic bug.",
    "font-display: optional for body text is underrated. No swap, no shift, and repeat visits get the real font from the cache, so regular readers never notice the difference.",
    "Nice article. Would love to see the variable font numbers for a real family.",
    "We had nine font files on the home page. Nine! Down to two now, and the only person who noticed was the designer who picked them, who agreed it looks the same.",
  ],
};
