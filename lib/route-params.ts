import "server-only";
import { notFound } from "next/navigation";
import { has, type Mode } from "./mode";
import { parsePageParam } from "./page-param";
import { thumbnailQuality } from "./media/sizes";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The page number of a listing. The custom server already answered 400 to a bad `?page=`,
 * so a bad value here means the page was reached some other way: treat it as not found.
 */
export async function pageNumber(searchParams: SearchParams): Promise<number> {
  const raw = (await searchParams).page;
  const parsed = parsePageParam(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
  if (!parsed.ok) notFound();
  return parsed.page;
}

/** How this mode shows images. */
export function imagePolicy(mode: Mode) {
  return { thumbnails: has(mode, "thumbnails"), quality: thumbnailQuality() };
}
