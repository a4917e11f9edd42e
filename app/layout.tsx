import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { DebugPanel } from "./_components/debug-panel";
import { ModeSwitch } from "./_components/mode-switch";
import { formatMode } from "@/lib/mode";
import { requestMode } from "@/lib/request-mode";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "fastblog", template: "%s · fastblog" },
  description: "A blog in two modes, naive and optimized, to measure what query, image and page fixes buy.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const mode = await requestMode();
  const debugPanel = process.env.DEBUG_PANEL !== "0";
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a className="site-name" href="/">
            fastblog
          </a>
          <nav>
            <a href="/">Latest</a>
            <a href="/categories">Categories</a>
          </nav>
          <Suspense>
            <ModeSwitch current={formatMode(mode)} />
          </Suspense>
        </header>
        <main>{children}</main>
        {debugPanel ? <DebugPanel /> : null}
      </body>
    </html>
  );
}
