import { expect, test, type Page } from "@playwright/test";
import { MEASURED_PAGES, type MeasuredPage } from "../lib/contract/measured-pages";
import { loadedImages, MODES, type Mode } from "./support";

/**
 * Screen widths from the narrowest phone to a laptop. Under 600 px cards stack, cover above
 * text; under 960 px the categories follow the list instead of sitting beside it. Phones are
 * emulated as phones (isMobile), so that a page without a viewport meta, or wider than the
 * screen, would be laid out wider and zoomed out, as a phone does, and fail.
 */
const SCREENS = [
  { width: 320, phone: true, stacked: true, sidebar: "below" },
  { width: 375, phone: true, stacked: true, sidebar: "below" },
  { width: 414, phone: true, stacked: true, sidebar: "below" },
  { width: 768, phone: false, stacked: false, sidebar: "below" },
  { width: 1280, phone: false, stacked: false, sidebar: "beside" },
] as const;

/** What each page lays out: a list of article cards, and the categories sidebar. */
const SHOWS: Record<MeasuredPage["name"], { cards: boolean; sidebar: boolean }> = {
  home: { cards: true, sidebar: true },
  "home, page 2": { cards: true, sidebar: true },
  article: { cards: false, sidebar: false },
  author: { cards: true, sidebar: false },
  categories: { cards: false, sidebar: false },
  category: { cards: true, sidebar: false },
};
const PAGES = [
  ...MEASURED_PAGES.map((route) => ({ ...route, status: 200, ...SHOWS[route.name] })),
  { name: "not found", path: "/no/such/page", status: 404, cards: false, sidebar: false },
];

/** A title narrower than this (or than its card) is squeezed into a column. */
const MIN_TITLE_WIDTH = 200;
/** The least width and height of a tap target (WCAG 2.5.5, Apple's guidelines). */
const MIN_TAP = 44;

/** The header's controls: the site's name, the nav links, the current mode and the switch's links to the two other modes. */
const HEADER_CONTROLS = [".site-name", ".site-header nav a", "[data-testid=current-mode]", ".mode-switch a"];

/** Naive and optimized, and cached, whose switch leads to the other two. */
const LAID_OUT_MODES: Mode[] = [...MODES, "cached"];

/** The boxes the assertions are about, read in the page at once. */
function measureLayout(page: Page) {
  return page.evaluate((header) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width, height: r.height };
    };
    const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);
    const cards = [...document.querySelectorAll("article.card")].map((card) => ({
      card: box(card),
      title: box(card.querySelector("h2")!),
      cover: box(card.querySelector(".img-cover-card")!),
      text: box(card.querySelector(".card-text")!),
    }));
    const sidebars = [...document.querySelectorAll(".sidebar")].map(box);
    const list = document.querySelector(".article-list");
    return {
      innerWidth,
      scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      header: header.flatMap((selector) => [...document.querySelectorAll(selector)].map((el) => ({ selector, ...box(el) }))),
      modeLinks: [...document.querySelectorAll(".mode-switch a")].map(box),
      cards,
      sidebars,
      sidebarOverCards: sidebars.flatMap((s) => cards.filter((c) => overlap(s, c.card)).map((c) => c.title)),
      sidebarPlace: sidebars.map((s) =>
        list && s.top >= box(list).bottom ? "below" : list && s.left >= box(list).right ? "beside" : "elsewhere",
      ),
    };
  }, HEADER_CONTROLS);
}

for (const screen of SCREENS) {
  test.describe(`the layout at ${screen.width} px wide`, () => {
    test.use({ viewport: { width: screen.width, height: 800 }, isMobile: screen.phone, hasTouch: screen.phone });

    for (const route of PAGES) {
      for (const mode of LAID_OUT_MODES) {
        test(`should fit ${route.name} (${route.path}) in ${mode} mode with no sideways scroll, the header in view and no squeezed title`, async ({
          page,
        }) => {
          const response = await page.goto(`${route.path}${route.path.includes("?") ? "&" : "?"}mode=${mode}`);
          expect(response?.status()).toBe(route.status);
          const layout = await measureLayout(page);

          expect(layout.innerWidth).toBe(screen.width);
          expect(layout.scrollWidth).toBeLessThanOrEqual(screen.width);

          expect(new Set(layout.header.map((c) => c.selector))).toEqual(new Set(HEADER_CONTROLS));
          for (const control of layout.header) {
            expect(control.left, control.selector).toBeGreaterThanOrEqual(0);
            expect(control.right, control.selector).toBeLessThanOrEqual(screen.width);
            expect(control.height, control.selector).toBeGreaterThan(0);
          }
          expect(layout.modeLinks).toHaveLength(2);
          for (const link of layout.modeLinks) {
            expect(link.width).toBeGreaterThanOrEqual(MIN_TAP);
            expect(link.height).toBeGreaterThanOrEqual(MIN_TAP);
          }

          expect(layout.cards.length > 0).toBe(route.cards);
          for (const { card, title, cover, text } of layout.cards) {
            expect(title.width).toBeGreaterThanOrEqual(Math.min(MIN_TITLE_WIDTH, card.width));
            expect(card.right).toBeLessThanOrEqual(screen.width);
            // Stacked: the cover above the text, as wide as the card; else the cover beside it. The
            // widths are the ones the covers' `sizes` gives the browser (lib/media/sizes.ts).
            expect(cover.bottom <= text.top).toBe(screen.stacked);
            expect(cover.width).toBe(screen.stacked ? screen.width - 32 : 240);
          }

          expect(layout.sidebars).toHaveLength(route.sidebar ? 1 : 0);
          expect(layout.sidebarOverCards).toEqual([]);
          expect(layout.sidebarPlace).toEqual(route.sidebar ? [screen.sidebar] : []);
        });
      }
    }
  });
}

/**
 * Phones that test the thumbnails' srcset and sizes. At 3x a cover needs more pixels than its
 * original's 960, so every file must be at most as wide as it is shown (thumbnails are never
 * wider than the original). At Lighthouse's mobile screen a file may be the next thumbnail width
 * up from what the image needs, which is less than a fifth wider.
 */
const PHONES = [
  { name: "390 px at 3x", width: 390, height: 844, dpr: 3, slack: 1, wider: "wider than it is shown" },
  {
    name: "Lighthouse's 412 px at 1.75x",
    width: 412,
    height: 823,
    dpr: 1.75,
    slack: 1.2,
    wider: "more than a fifth wider than it is shown",
  },
] as const;

/** The page at `path`, scrolled to its end so that lazy images load too, and every image it loaded. */
async function imagesAfterScrolling(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  await page.waitForLoadState("networkidle");
  return loadedImages(page);
}

for (const phone of PHONES) {
  test.describe(`images on a phone, ${phone.name}`, () => {
    // Not emulated as a phone (isMobile): Chromium's phone emulation lays a page out 980 px wide
    // until it has applied the page's viewport meta, and a page that arrives in one piece (the
    // optimized page is held until complete) can have its images chosen against those 980 px, now
    // and then, whatever the markup says. The screen here is the phone's from the first byte, so
    // what is checked is the srcset and sizes the page sends.
    test.use({ viewport: { width: phone.width, height: phone.height }, deviceScaleFactor: phone.dpr, hasTouch: true });

    for (const path of ["/", "/articles/a-practical-guide-to-brotli", "/authors/ada-lovelace"]) {
      test(`should send no image ${phone.wider} in optimized mode on ${path}`, async ({ page }) => {
        const images = await imagesAfterScrolling(page, `${path}?mode=optimized`);
        expect(images.length).toBeGreaterThan(0);
        expect(images.every((img) => img.src.includes("/thumbs/"))).toBe(true);
        expect(images.filter((img) => img.fileWidth > Math.ceil(phone.slack * img.shownWidth))).toEqual([]);
      });
    }

    test("should make naive's first cover its largest contentful paint, so that the page waits for the upload", async ({ page }) => {
      await page.goto("/?mode=naive");
      const lcp = await page.evaluate(
        () =>
          new Promise<{ element: string; url: string; firstCover: string }>((resolve) => {
            new PerformanceObserver((list) => {
              const last = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null; url: string };
              const firstCover = document.querySelector<HTMLImageElement>("article.card .img-cover-card")!.currentSrc;
              resolve({ element: last.element?.className ?? "", url: last.url, firstCover });
            }).observe({ type: "largest-contentful-paint", buffered: true });
          }),
      );
      expect(lcp.element).toBe("img-cover-card");
      expect(lcp.url).toBe(lcp.firstCover);
      expect(new URL(lcp.url).pathname).toMatch(/^\/media\/covers\//);
    });

    test("should send naive portraits several times wider than they are shown: the uploads, whatever the screen", async ({ page }) => {
      const portraits = (await imagesAfterScrolling(page, "/?mode=naive")).filter((img) => img.src.includes("/media/portraits/"));
      expect(portraits.length).toBeGreaterThan(0);
      expect(portraits.filter((img) => img.fileWidth <= 3 * img.shownWidth)).toEqual([]);
    });
  });
}
