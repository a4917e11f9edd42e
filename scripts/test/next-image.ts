import Module, { createRequire } from "node:module";
import nextConfig from "../../next.config";
import thumbnailLoader from "../../lib/media/thumbnail-loader";

/**
 * Gives next/image the project's image settings outside a Next.js build, so that a unit test sees
 * the srcset the pages get. The build does two things this does by hand: it inlines `images` of
 * next.config.ts as `process.env.__NEXT_IMAGE_OPTS` (DefinePlugin), and it aliases next/image's
 * default loader to `images.loaderFile`. Call it before anything imports next/image.
 */
export function applyProjectImageConfig(): void {
  const require = createRequire(import.meta.url);
  const { imageConfigDefault } = require("next/dist/shared/lib/image-config") as { imageConfigDefault: object };
  const loaderPath = require.resolve("next/dist/shared/lib/image-loader");
  const loader = new Module(loaderPath);
  loader.filename = loaderPath;
  loader.loaded = true;
  loader.exports = { __esModule: true, default: thumbnailLoader };
  require.cache[loaderPath] = loader;
  // next/image reads its options once, when it loads: an object, which process.env itself cannot hold.
  const env = process.env;
  process.env = { ...env, __NEXT_IMAGE_OPTS: { ...imageConfigDefault, ...nextConfig.images } as unknown as string };
  require("next/dist/shared/lib/image-external-get-image-props");
  process.env = env;
}
