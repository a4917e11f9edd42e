import type { PageRequest } from "@/lib/request/page-request";

/**
 * Flips the mode on the current page. A plain link, rendered on the server: no JavaScript,
 * and no next/link prefetch, which would switch the mode behind the user's back.
 */
export function ModeSwitch({ mode }: { mode: PageRequest["mode"] }) {
  return (
    <div className="mode-switch" data-mode={mode.current}>
      <span>
        Mode: <strong data-testid="current-mode">{mode.current}</strong>
      </span>
      <a data-testid="mode-switch" href={mode.switchHref}>
        {mode.switchLabel}
      </a>
    </div>
  );
}
