import { KEPT_SCRIPT_ID } from "@/lib/contract/markup";
import { METRICS } from "@/lib/contract/server-timing";
import { DEBUG_URL_TEMPLATES } from "@/lib/contract/urls/debug";
import { debugPanel, type PanelConfig } from "./panel-script";
import { PANEL_STYLE } from "./panel-style";

const CONFIG: PanelConfig = { metrics: METRICS, urls: DEBUG_URL_TEMPLATES, style: PANEL_STYLE.replace(/\s+/g, " ").trim() };

/**
 * The on-page debug toolbar: an inline script of a few kilobytes. It builds the panel only after
 * the load event, in a task of its own, so that the panel costs the page's loading nothing and
 * shifts nothing on it.
 */
const SCRIPT = `addEventListener("load",function(){setTimeout(function(){(${debugPanel.toString()})(${JSON.stringify(CONFIG)})})},{once:true})`;

export function DebugPanel() {
  return <script id={KEPT_SCRIPT_ID} dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
