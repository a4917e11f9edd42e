// ESLint 9 flat config: Next's own rules (React, hooks, a11y, @next/next, import) and
// typescript-eslint's recommended set, plus the promise rules that need type information.
// Prettier owns formatting, so eslint-config-prettier comes last and turns off the rules it would fight.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  globalIgnores([
    // Built, generated or written at run time: nothing here is source.
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "bench-results/**",
    ".bench/**",
    ".e2e/**",
    ".next-build.lock/**",
    "test-results/**",
    "playwright-report/**",
    "media/**",
    "data/**",
  ]),
  ...nextVitals,
  ...nextTs,
  {
    // Type-aware rules only for TypeScript, whose files tsconfig.json already lists; the project
    // service reuses that one program, so this costs one type check, not one per rule.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: dirname(fileURLToPath(import.meta.url)) },
    },
    rules: {
      // A server, a benchmark and tests that start processes: a promise nobody awaits loses its error.
      // node:test's test() and describe() return promises that the runner itself awaits.
      "@typescript-eslint/no-floating-promises": [
        "error",
        { allowForKnownSafeCalls: [{ from: "package", package: "node:test", name: ["test", "it", "describe", "suite"] }] },
      ],
      "@typescript-eslint/no-misused-promises": "error",
      // `const { dropped: _dropped, ...kept } = value` is how the code leaves a field out.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  {
    // The layering, enforced: each zone says which folder may not import from which.
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: "./app", message: "app/ may use lib/, never the other way round." },
            {
              target: "./lib/contract",
              from: "./lib",
              except: ["./contract"],
              message: "The contract is the bottom layer: it imports nothing else of lib/.",
            },
            {
              target: "./lib/model",
              from: ["./lib/data", "./lib/db", "./lib/debug", "./lib/media", "./lib/request", "./lib/server", "./lib/techniques"],
              message: "model/ holds the shapes and types everything shares: it sits below every other folder but the contract.",
            },
            {
              target: "./lib/techniques",
              from: ["./lib/server", "./lib/data", "./lib/request"],
              message: "A technique is both variants and their costs: it does not import the server, the data functions or the request.",
            },
            {
              target: "./lib/media",
              from: ["./lib/server", "./lib/techniques", "./lib/data"],
              message: "media/ does images and disk only.",
            },
            {
              target: "./lib/db",
              from: ["./lib/server", "./lib/techniques", "./lib/data"],
              message: "db/ is below the server, the techniques and the data functions.",
            },
            {
              target: "./scripts/bench",
              from: "./lib",
              except: ["./contract", "./util"],
              message:
                "The benchmark reaches fastblog as a reader does, through its server, and shares only the contract (lib/contract/) and lib/util/ with it; harness settings come through scripts/harness-settings.ts.",
            },
            {
              // Tests may build the result they format with compute/, hence the glob that leaves them out.
              target: "./scripts/bench/report/!(*.test).ts",
              from: ["./scripts/bench/compute", "./scripts/bench/gather"],
              message:
                "The benchmark's report/ only formats a finished result (compute/result.ts builds it): it neither measures nor computes.",
            },
          ],
        },
      ],
    },
  },
  {
    // media/ does images and disk only: HTTP replies for originals and thumbnails are in lib/server/handlers/.
    files: ["lib/media/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["node:http", "http", "node:https", "https", "node:http2", "http2"].map((name) => ({
            name,
            message: "media/ does no HTTP.",
          })),
        },
      ],
    },
  },
  {
    // fastblog's pages navigate with plain <a> links on purpose: next/link would prefetch pages in
    // the background (extra requests and queries that the benchmark would count) and needs the
    // framework's client scripts, which optimized mode does not send.
    files: ["app/**/*.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // The one <img> of the pages: next/image's own getImageProps gives it srcset and sizes
    // (lib/techniques/thumbnails.ts) without next/image's client component, so images cost no JavaScript.
    files: ["app/_components/blog-image.tsx"],
    rules: { "@next/next/no-img-element": "off" },
  },
  prettier,
]);
