import type { PageRequest } from "@/lib/request/page-request";

/**
 * Leads to the other modes on the current page: naive, optimized and cached. Plain links,
 * rendered on the server: no JavaScript, and no next/link prefetch, which would switch the mode
 * behind the user's back. The first flips naive and optimized, as the switch always has.
 */
export function ModeSwitch({ mode }: { mode: PageRequest["mode"] }) {
  return (
    <div className="mode-switch" data-mode={mode.current}>
      <span>
        Mode: <strong data-testid="current-mode">{mode.current}</strong>
      </span>
      {mode.links.map((link, i) => (
        <a key={link.target} data-testid={i === 0 ? "mode-switch" : `mode-switch-${link.target}`} href={link.href} aria-label={link.label}>
          {link.target}
        </a>
      ))}
    </div>
  );
}
