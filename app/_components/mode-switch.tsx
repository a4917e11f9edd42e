/**
 * Flips the mode on the current page. A plain link, rendered on the server: no JavaScript,
 * and no next/link prefetch, which would switch the mode behind the user's back.
 */
export function ModeSwitch({ current, currentUrl }: { current: string; currentUrl: string }) {
  const url = new URL(currentUrl, "http://localhost");
  url.searchParams.delete("techniques");
  const target = current === "naive" ? "optimized" : "naive";
  url.searchParams.set("mode", target);
  return (
    <div className="mode-switch" data-mode={current}>
      <span>
        Mode: <strong data-testid="current-mode">{current}</strong>
      </span>
      <a data-testid="mode-switch" href={`${url.pathname}${url.search}`}>
        Switch to {target}
      </a>
    </div>
  );
}
