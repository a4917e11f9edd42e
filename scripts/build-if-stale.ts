/**
 * Builds the Next.js app unless the last build came from the same sources.
 * The fingerprint of the sources is kept in .next/fastblog-sources.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, step } from "./run";

const SOURCES = ["app", "lib", "public", "next.config.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const STAMP = path.join(".next", "fastblog-sources");

function files(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .filter((name) => !SKIP.has(name) && !name.endsWith(".test.ts"))
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap(files)) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export async function buildIfStale(): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
  if (built) {
    step("The production build is up to date.");
    return;
  }
  step("Building the production bundle (next build)…");
  await run("npx", ["--no-install", "next", "build"]);
  writeFileSync(STAMP, fingerprint);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildIfStale().catch((error: unknown) => {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
