/**
 * Writes the settings tables of docs/configuration.md from their declarations (lib/settings.ts
 * for the server, scripts/harness-settings.ts for the tests and the benchmark), between the
 * markers that hold each. A unit test fails when the page and the declarations drift.
 *
 *   npm run docs:settings
 */
import { readFileSync, writeFileSync } from "node:fs";
import { SETTINGS, settingsTable } from "../lib/settings";
import { HARNESS_SETTINGS } from "./harness-settings";

export const CONFIGURATION_PAGE = "docs/configuration.md";

/** The page with each generated table put back between its markers. */
export function withTables(page: string): string {
  return [
    ["server", settingsTable(SETTINGS)],
    ["harness", settingsTable(HARNESS_SETTINGS)],
  ].reduce((text, [name, table]) => {
    const pattern = new RegExp(`(<!-- ${name} settings: generated[^>]*-->\\n)[\\s\\S]*?(<!-- end of ${name} settings -->)`);
    if (!pattern.test(text)) throw new Error(`${CONFIGURATION_PAGE} has lost the markers of the ${name} settings table.`);
    return text.replace(pattern, (_match, start: string, end: string) => `${start}${table}\n${end}`);
  }, page);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const page = readFileSync(CONFIGURATION_PAGE, "utf8");
  const updated = withTables(page);
  writeFileSync(CONFIGURATION_PAGE, updated);
  console.log(updated === page ? `${CONFIGURATION_PAGE} was up to date.` : `Updated the settings tables of ${CONFIGURATION_PAGE}.`);
}
