import { readFileSync } from "node:fs";
import path from "node:path";
import { TECHNIQUES } from "../contract/mode";

/**
 * Where a technique's optimized variant begins: `lib/techniques/eager-loading.ts:98`, the line a
 * finding points to as the fix. Read from the module's source once; null for a name that is no
 * technique, or when the source is not beside the server.
 */
const found = new Map<string, string | null>();

export function techniqueFix(technique: string): string | null {
  let line = found.get(technique);
  if (line === undefined) {
    line = (TECHNIQUES as readonly string[]).includes(technique) ? optimizedLine(`lib/techniques/${technique}.ts`) : null;
    found.set(technique, line);
  }
  return line;
}

function optimizedLine(file: string): string | null {
  try {
    const lines = readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), file), "utf8").split("\n");
    const index = lines.findIndex((text) => /^\s*optimized:\s*\{/.test(text));
    return index < 0 ? null : `${file}:${index + 1}`;
  } catch {
    return null;
  }
}
