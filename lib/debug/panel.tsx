import { DEBUG_PATH, KEPT_SCRIPT_ID } from "@/lib/contract/server-timing";
import { debugPanel } from "./panel-script";

/**
 * The on-page debug toolbar: an inline script of a few kilobytes. It builds the panel only once
 * the page has loaded, in a task of its own: run while the page was parsed, its DOM, its styles
 * and its monospace font made the browser's first layout larger and held DOMContentLoaded back,
 * and the panel, growing when the page weight was added at load, shifted (CLS 0.015). Built at
 * once after load, it costs the page's loading nothing and shifts nothing.
 */
const SCRIPT = `addEventListener("load",function(){setTimeout(function(){(${debugPanel.toString()})(${JSON.stringify(DEBUG_PATH)})})},{once:true})`;

export function DebugPanel() {
  return <script id={KEPT_SCRIPT_ID} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
