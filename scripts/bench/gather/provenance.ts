import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Provenance } from "../types/artifacts";

const require = createRequire(import.meta.url);

/** The installed version of a package, from its own package.json. */
function versionOf(name: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8")) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

function git(args: string[]): string | null {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

/** The commit the benchmark measured, whether the work tree had changes, and the versions of everything that measured. */
export function provenance(chromiumVersion: string): Provenance {
  const status = git(["status", "--porcelain", "--untracked-files=no"]);
  return {
    commit: git(["rev-parse", "HEAD"]),
    dirty: status === null ? null : status.length > 0,
    versions: {
      node: process.version,
      next: versionOf("next"),
      prisma: versionOf("@prisma/client"),
      chromium: chromiumVersion,
      lighthouse: versionOf("lighthouse"),
      playwright: versionOf("playwright-core"),
    },
  };
}
