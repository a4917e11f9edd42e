/**
 * The debug panel's styles, added by its script with the panel itself (after the page's load
 * event), so that the page's own stylesheet carries none of them. On a phone the panel follows the
 * page instead of floating over it, where it would cover the articles.
 */
export const PANEL_STYLE = `
.debug-panel { position: fixed; right: 16px; bottom: 16px; max-width: min(900px, calc(100vw - 32px)); max-height: 70vh; overflow: auto;
  background: #10141c; color: #e8ecf3; border-radius: 8px; font: 13px/1.45 ui-monospace, monospace; box-shadow: 0 4px 24px rgba(0, 0, 0, 0.25); z-index: 10; }
.debug-panel summary { cursor: pointer; padding: 8px 12px; }
.debug-panel .detail { padding: 0 12px 12px; }
.debug-panel h3 { font-size: 13px; margin: 8px 0 4px; }
.debug-panel .finding { border-top: 1px solid #2a3140; padding: 4px 0; }
.debug-panel .finding p { margin: 2px 0; }
.debug-panel .muted { color: #9aa4b5; }
.debug-panel table { border-collapse: collapse; width: 100%; }
.debug-panel td, .debug-panel th { text-align: left; padding: 2px 6px; vertical-align: top; border-top: 1px solid #2a3140; }
.debug-panel td.site { cursor: pointer; text-decoration: underline dotted; }
.debug-panel ol { margin: 4px 0 0; padding-left: 20px; }
.debug-panel code { white-space: pre-wrap; word-break: break-all; color: #b8d4ff; }
.debug-panel button { font: inherit; cursor: pointer; }
.debug-panel .dup { color: #ffb4a9; }
@media (max-width: 599px) { .debug-panel { position: static; margin: 0 16px 16px; max-width: none; max-height: none; } }
`;
