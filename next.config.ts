import type { NextConfig } from "next";
import { DEVICE_SIZES, IMAGE_SIZES } from "./lib/contract/urls/thumbnails";

const nextConfig: NextConfig = {
  // Compression and cache headers depend on the mode, so the custom server (scripts/serve.ts) decides them.
  compress: false,
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  // The build checks the code it builds (the app and lib/); `npm run typecheck` checks the rest:
  // scripts, tests and the benchmark.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The stylesheet is small: inline it rather than spend a request on it.
  experimental: { inlineCss: true },
  images: {
    loader: "custom",
    loaderFile: "./lib/media/thumbnail-loader.ts",
    imageSizes: [...IMAGE_SIZES],
    deviceSizes: [...DEVICE_SIZES],
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "sharp"],
};

export default nextConfig;
