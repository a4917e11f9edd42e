/**
 * The naive/optimized switch. A mode is a set of techniques: `naive` has none, `optimized`
 * has all, and any other set can be chosen with `?techniques=` to measure one technique alone.
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
] as const;

export type Technique = (typeof TECHNIQUES)[number];
export type ModeName = "naive" | "optimized" | "custom";

export type Mode = {
  name: ModeName;
  techniques: ReadonlySet<Technique>;
};

export const NAIVE: Mode = { name: "naive", techniques: new Set() };
export const OPTIMIZED: Mode = { name: "optimized", techniques: new Set(TECHNIQUES) };

function isTechnique(value: string): value is Technique {
  return (TECHNIQUES as readonly string[]).includes(value);
}

/** The mode for a set of techniques, named `naive` or `optimized` when it is one of those. */
export function modeOf(techniques: Iterable<Technique>): Mode {
  const set = new Set(techniques);
  if (set.size === 0) return NAIVE;
  if (set.size === TECHNIQUES.length) return OPTIMIZED;
  return { name: "custom", techniques: set };
}

export type ParseResult = { ok: true; mode: Mode } | { ok: false; error: string };

/**
 * Reads `naive`, `optimized` or a comma-separated technique list
 * (`pagination,eager-loading`; `none` is the empty list).
 */
export function parseMode(value: string): ParseResult {
  const text = value.trim().toLowerCase();
  if (text === "naive") return { ok: true, mode: NAIVE };
  if (text === "optimized" || text === "all") return { ok: true, mode: OPTIMIZED };
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
