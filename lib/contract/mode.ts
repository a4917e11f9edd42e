/**
 * The naive/optimized/cached switch. A mode is a set of techniques: `naive` has none,
 * `optimized` has the nine of the original speed-up, `cached` adds the tenth, data-cache, and
 * any other set can be chosen with `?techniques=` to measure one technique alone.
 * The front of the server parses the selection once per request (lib/server/steps/select-mode.ts)
 * and turns it into the request's plan (lib/request/plan.ts).
 */
/** The cookie that keeps a chosen mode across navigations. */
export const MODE_COOKIE = "fastblog-mode";

export const TECHNIQUES = [
  "eager-loading",
  "pagination",
  "counts",
  "exists",
  "thumbnails",
  "compression",
  "cache-headers",
  "static-html",
  "first-item",
  "data-cache",
] as const;

export type Technique = (typeof TECHNIQUES)[number];
export type ModeName = "naive" | "optimized" | "cached" | "custom";

export type Mode = {
  name: ModeName;
  techniques: ReadonlySet<Technique>;
};

export const NAIVE: Mode = { name: "naive", techniques: new Set() };
/** The nine techniques of the original speed-up, in order: every one but data-cache, which keeps pages' data between requests. */
export const OPTIMIZED_TECHNIQUES = TECHNIQUES.filter((t) => t !== "data-cache");
export const OPTIMIZED: Mode = { name: "optimized", techniques: new Set(OPTIMIZED_TECHNIQUES) };
/** Optimized, with each page's data kept between requests (lib/techniques/data-cache.ts). */
export const CACHED: Mode = { name: "cached", techniques: new Set(TECHNIQUES) };

/** The modes with a name, in the order the header's switch lists them. */
export const NAMED_MODES = [NAIVE, OPTIMIZED, CACHED] as const;

function isTechnique(value: string): value is Technique {
  return (TECHNIQUES as readonly string[]).includes(value);
}

/** The mode for a set of techniques, named `naive`, `optimized` or `cached` when it is one of those. */
export function modeOf(techniques: Iterable<Technique>): Mode {
  const set = new Set(techniques);
  const named = NAMED_MODES.find((mode) => mode.techniques.size === set.size && [...set].every((t) => mode.techniques.has(t)));
  return named ?? { name: "custom", techniques: set };
}

export type ParseResult = { ok: true; mode: Mode } | { ok: false; error: string };

/**
 * Reads `naive`, `optimized`, `cached` or a comma-separated technique list
 * (`pagination,eager-loading`; `none` is the empty list). `all` stays the nine techniques of
 * `optimized`, as it was before data-cache.
 */
export function parseMode(value: string): ParseResult {
  const text = value.trim().toLowerCase();
  if (text === "naive") return { ok: true, mode: NAIVE };
  if (text === "optimized" || text === "all") return { ok: true, mode: OPTIMIZED };
  if (text === "cached") return { ok: true, mode: CACHED };
  if (text === "none" || text === "") return { ok: true, mode: NAIVE };
  if (text.length > 200) return { ok: false, error: "The technique list is too long." };
  const names = text.split(",").map((part) => part.trim());
  const unknown = names.filter((name) => !isTechnique(name));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `Unknown technique "${unknown[0]!.slice(0, 40)}". Known: ${TECHNIQUES.join(", ")}.`,
    };
  }
  return { ok: true, mode: modeOf(names as Technique[]) };
}

/** The canonical text of a mode, as stored in the cookie and named in Server-Timing. */
export function formatMode(mode: Mode): string {
  if (mode.name !== "custom") return mode.name;
  return TECHNIQUES.filter((t) => mode.techniques.has(t)).join(",");
}
