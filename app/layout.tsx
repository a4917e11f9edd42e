import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DebugPanel } from "@/lib/debug/panel";
import { ModeSwitch } from "./_components/mode-switch";
import { pageRequest } from "@/lib/request/page-request";
import { CATEGORIES_PATH, HOME_PATH } from "@/lib/contract/urls/blog";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · fastblog", default: "" },
  description: "A blog in two modes, naive and optimized, to measure what query, image and page fixes buy.",
  // An inline icon: the browser asks for /favicon.ico on every page otherwise.
  icons: {
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%231f5fd1'/%3E%3C/svg%3E",
  },
};

// Said outright though it is Next.js's default: the stylesheet is mobile first, and a phone without
// it would lay the page out 980 px wide and zoom out.
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request, from its plan: nothing is prerendered at build time, and
// neither mode caches data between requests, as the original site did not.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  const { mode, debug } = pageRequest();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a className="site-name" href={HOME_PATH}>
            fastblog
          </a>
          <nav>
            <a href={HOME_PATH}>Latest</a>
            <a href={CATEGORIES_PATH}>Categories</a>
          </nav>
          <ModeSwitch mode={mode} />
        </header>
        <main>{children}</main>
        {debug ? <DebugPanel /> : null}
      </body>
    </html>
  );
}
