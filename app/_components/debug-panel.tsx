import { DEBUG_PATH, KEPT_SCRIPT_ID } from "@/lib/contract";
import { debugPanel } from "./debug-panel-script";

/** The on-page debug toolbar: an inline script of a few kilobytes, run once the page is parsed. */
export function DebugPanel() {
  return <script id={KEPT_SCRIPT_ID} dangerouslySetInnerHTML={{ __html: `(${debugPanel.toString()})(${JSON.stringify(DEBUG_PATH)})` }} />;
}
