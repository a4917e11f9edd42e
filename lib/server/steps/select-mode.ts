import { MODE_COOKIE } from "../../contract/mode";
import { formatMode, parseMode, type Mode } from "../../contract/mode";
import { defaultMode } from "../../settings";

/**
 * Step 2 of the front: the request's mode, from `?mode=` or `?techniques=` (remembered in a
 * cookie), else the cookie, else BLOG_MODE. The front turns it into the request's plan.
 */

export type ModeSelection =
  | { ok: true; mode: Mode; /** Set when the query chose a mode, so that later requests keep it. */ setCookie: string | null }
  | { ok: false; error: string; clearCookie: boolean };

const COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
const MAX_COOKIE_LENGTH = 200;

export function modeCookie(mode: Mode): string {
  return `${MODE_COOKIE}=${formatMode(mode)}; Path=/; Max-Age=${COOKIE_MAX_AGE}; SameSite=Lax; HttpOnly`;
}

export const CLEAR_MODE_COOKIE = `${MODE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly`;

function readCookie(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => part.slice(name.length + 1));
}

function fromQuery(params: URLSearchParams): { value: string; label: string } | { error: string } | null {
  const modes = params.getAll("mode");
  const techniques = params.getAll("techniques");
  if (modes.length + techniques.length === 0) return null;
  if (modes.length + techniques.length > 1) return { error: "Choose the mode once: either ?mode= or ?techniques=, a single time." };
  if (modes.length === 1) {
    const value = modes[0]!.trim().toLowerCase();
    if (value !== "naive" && value !== "optimized" && value !== "cached")
      return { error: '?mode= must be "naive", "optimized" or "cached".' };
    return { value, label: "?mode=" };
  }
  return { value: techniques[0]!, label: "?techniques=" };
}

/**
 * The mode of one request: `?mode=` or `?techniques=` first (and remember it in a cookie),
 * then the cookie, then `BLOG_MODE`. A bad query value or a cookie that is not ours is a 400.
 */
export function selectMode(params: URLSearchParams, cookieHeader: string | undefined, fallback: Mode = defaultMode()): ModeSelection {
  const query = fromQuery(params);
  if (query && "error" in query) return { ok: false, error: query.error, clearCookie: false };
  if (query) {
    const parsed = parseMode(query.value);
    if (!parsed.ok) return { ok: false, error: `${query.label} ${parsed.error}`, clearCookie: false };
    return { ok: true, mode: parsed.mode, setCookie: modeCookie(parsed.mode) };
  }
  const cookies = readCookie(cookieHeader, MODE_COOKIE);
  if (cookies.length === 0) return { ok: true, mode: fallback, setCookie: null };
  const value = decodeURIComponentSafe(cookies[0]!);
  // fastblog never sets an empty value (clearing the cookie expires it), so an empty one is not ours.
  const parsed = cookies.length === 1 && value && value.length <= MAX_COOKIE_LENGTH ? parseMode(value) : null;
  if (!parsed?.ok) {
    return { ok: false, error: `The ${MODE_COOKIE} cookie is not valid, so it has been cleared. Reload the page.`, clearCookie: true };
  }
  return { ok: true, mode: parsed.mode, setCookie: null };
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
