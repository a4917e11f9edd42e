/**
 * The URLs of Next.js's build assets, `/_next/static/<path>`: hashed JavaScript and CSS, and the
 * files of `.next/static` they name. Written by Next.js itself; read here only.
 */
export const BUILD_ASSETS_PREFIX = "/_next/static/";

/** Where the build writes them, relative to the project root. */
export const BUILD_ASSETS_FOLDER = [".next", "static"] as const;

export function isBuildAssetPath(pathname: string): boolean {
  return pathname.startsWith(BUILD_ASSETS_PREFIX);
}

/** The asset's path inside `.next/static`, decoded. */
export function parseBuildAssetUrl(url: URL): string {
  return decodeURIComponent(url.pathname.slice(BUILD_ASSETS_PREFIX.length));
}
