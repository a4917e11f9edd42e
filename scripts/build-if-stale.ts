/**
 * Builds the Next.js app unless the last build came from the same sources.
 * The fingerprint of the sources is kept in .next/fastblog-sources.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isRunning, run, step } from "./run";

const SOURCES = [
  "app",
  "lib",
  "public",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "prisma/schema.prisma",
  "prisma/postgres/schema.prisma",
];
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

const LOCK = ".next-build.lock";
const LOCK_OWNER = path.join(LOCK, "pid");

/** Takes the lock, or breaks it when the process that holds it is gone (a build killed mid-way). */
function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    writeFileSync(LOCK_OWNER, String(process.pid));
    return true;
  } catch {
    if (!lockIsStale()) return false;
    console.log(`Removing the lock of a build that was stopped mid-way (${LOCK}).`);
    rmSync(LOCK, { recursive: true, force: true });
    return tryLock();
  }
}

function lockIsStale(): boolean {
  const owner = Number(existsSync(LOCK_OWNER) ? readFileSync(LOCK_OWNER, "utf8") : NaN);
  if (Number.isInteger(owner) && owner > 0) return !isRunning(owner);
  // A lock without an owner is one being written this instant, or one left by an older version.
  const lock = statSync(LOCK, { throwIfNoEntry: false });
  return lock !== undefined && Date.now() - lock.mtimeMs > 60_000;
}

/** Two commands building at once would corrupt .next: the second waits for the first. */
async function withBuildLock<T>(task: () => Promise<T>): Promise<T> {
  for (let waited = 0; !tryLock(); waited += 1) {
    if (waited === 0) console.log("Another build is running; waiting for it to finish…");
    if (waited > 600) throw new Error(`Gave up waiting for another build. If none is running, delete the ${LOCK} folder.`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  try {
    return await task();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function buildIfStale(): Promise<void> {
  return withBuildLock(buildUnlocked);
}

async function buildUnlocked(): Promise<void> {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
  if (built) {
    step("The production build is up to date.");
    return;
  }
  step("Building the production bundle (next build)…");
  // A build stopped half-way must never pass for a finished one.
  rmSync(STAMP, { force: true });
  await run("npx", ["--no-install", "next", "build"]);
  writeFileSync(STAMP, fingerprint);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildIfStale().catch((error: unknown) => {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
