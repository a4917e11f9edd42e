import { KEPT_SCRIPT_ID } from "../contract/markup";
import type { Variants } from "../model/plan";

/**
 * static-html: what a page's HTML carries for the browser to run. Next.js sends its runtime,
 * React, and the page's component tree a second time as data for hydration, whether or not
 * anything on the page is interactive. Nothing on fastblog's pages is: every link is a plain
 * link, every image a plain <img>, the mode switch a link, and the debug panel a small script
 * of its own (lib/debug/panel.tsx, marked with KEPT_SCRIPT_ID).
 * Acts in the front, on every complete HTML page (lib/server/steps/finish-page.ts).
 */
export type StaticHtml = { transform(html: string): string };

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>/gi;

export const staticHtml = {
  /** About 450 KB of script to download, parse and run before the load event. */
  naive: { transform: (html) => html },
  /** The HTML alone, which shows and works the same: no framework script, no hints to fetch one. */
  optimized: {
    transform: (html) =>
      html.replace(SCRIPT, (script) => (script.includes(`id="${KEPT_SCRIPT_ID}"`) ? script : "")).replace(SCRIPT_PRELOAD, ""),
  },
} satisfies Variants<StaticHtml>;
