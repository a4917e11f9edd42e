/**
 * The id of the one script optimized pages keep, the debug panel's: the static-html technique
 * removes every other script from the HTML (lib/techniques/static-html.ts), and the tests look for it.
 */
export const KEPT_SCRIPT_ID = "fastblog-debug-panel";
