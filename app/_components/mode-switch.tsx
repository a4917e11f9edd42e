"use client";

import { usePathname, useSearchParams } from "next/navigation";

/**
 * Flips the mode on the current page. A plain link, not next/link: next/link would
 * prefetch it, and a prefetch of `?mode=` would switch the mode behind the user's back.
 */
export function ModeSwitch({ current }: { current: string }) {
  const pathname = usePathname();
  const params = new URLSearchParams(useSearchParams().toString());
  params.delete("techniques");
  const target = current === "naive" ? "optimized" : "naive";
  params.set("mode", target);
  return (
    <div className="mode-switch" data-mode={current}>
      <span>
        Mode: <strong data-testid="current-mode">{current}</strong>
      </span>
      <a data-testid="mode-switch" href={`${pathname}?${params.toString()}`}>
        Switch to {target}
      </a>
    </div>
  );
}
