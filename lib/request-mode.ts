import "server-only";
import { headers } from "next/headers";
import { defaultMode, MODE_HEADER, parseMode, URL_HEADER, type Mode } from "./mode";

/** The mode of the current request, read once at the route boundary. */
export async function requestMode(): Promise<Mode> {
  const value = (await headers()).get(MODE_HEADER);
  if (value === null) return defaultMode();
  const parsed = parseMode(value);
  return parsed.ok ? parsed.mode : defaultMode();
}

/** The path and query of the current request, for links back to the same page. */
export async function requestUrl(): Promise<string> {
  return (await headers()).get(URL_HEADER) ?? "/";
}
