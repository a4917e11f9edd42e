import type { ServerResponse } from "node:http";
import type { Variant } from "./variant";

/** What a response is, as far as caching goes. */
export type AssetKind = "html" | "build-asset" | "thumbnail" | "original" | "other";

const ONE_YEAR = "public, max-age=31536000, immutable";
const VALIDATORS = ["Cache-Control", "ETag", "Last-Modified", "Expires"];

type CachePolicy = {
  /** Sets or strips the caching headers of a response just before they are sent. */
  apply(res: ServerResponse, kind: AssetKind, status: number): void;
  /** Whether HTML pages get an ETag, so that a repeat view is answered 304 Not Modified. */
  htmlEtag: boolean;
};

export const cacheHeaders = {
  /**
   * What an unconfigured server sends: no lifetime and no validator on anything, so the
   * browser downloads every file again on each view (the original site before its fix).
   */
  naive: {
    apply(res) {
      for (const name of VALIDATORS) res.removeHeader(name);
    },
    htmlEtag: false,
  },
  /**
   * Hashed build assets, thumbnails and originals (their names carry a content hash) are
   * cached for a year and never revalidated; HTML is revalidated every time with its ETag.
   * An error is never cached: a file missing for a moment must not stay missing for a year.
   */
  optimized: {
    apply(res, kind, status) {
      if (status >= 400) {
        res.setHeader("Cache-Control", "no-store");
        res.removeHeader("ETag");
        return;
      }
      if (kind === "build-asset" || kind === "thumbnail" || kind === "original") res.setHeader("Cache-Control", ONE_YEAR);
      if (kind === "html") res.setHeader("Cache-Control", "no-cache");
    },
    htmlEtag: true,
  },
} satisfies Record<Variant, CachePolicy>;
