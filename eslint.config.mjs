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
