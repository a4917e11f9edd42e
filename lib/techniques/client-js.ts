import type { Variant } from "./variant";

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>/gi;

/** The one script the pages keep in optimized mode: the debug panel's. */
export const KEPT_SCRIPT_ID = "fastblog-debug-panel";

/**
 * What a page's HTML carries for the browser to run. Next.js sends its runtime, React, and the
 * page's component tree a second time as data for hydration, whether or not anything on the
 * page is interactive. Nothing on fastblog's pages is: every link is a plain link, every image
 * a plain <img>, the mode switch a link, and the debug panel a small script of its own.
 */
export const clientJs = {
  /** About 450 KB of script to download, parse and run before the load event. */
  naive: (html: string) => html,
  /** The HTML alone, which shows and works the same: no framework script, no hints to fetch one. */
  optimized: (html: string) =>
    html.replace(SCRIPT, (script) => (script.includes(`id="${KEPT_SCRIPT_ID}"`) ? script : "")).replace(SCRIPT_PRELOAD, ""),
} satisfies Record<Variant, (html: string) => string>;
