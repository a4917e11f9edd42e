import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { locateChromium, type ChromiumSources } from "./chromium";

/** A machine with these files, where installing Playwright's Chromium does what `install` says. */
function machine(
  files: string[],
  install: (files: Set<string>) => string | null = () => "offline",
): ChromiumSources & { said: string[]; installs: number } {
  const present = new Set(files);
  const said: string[] = [];
  const sources = {
    configured: undefined,
    system: ["/usr/bin/chromium"],
    bundled: () => "/cache/ms-playwright/chromium/chrome",
    exists: (file: string) => present.has(file),
    install: () => {
      sources.installs += 1;
      return install(present);
    },
    log: (message: string) => said.push(message),
    said,
    installs: 0,
  };
  return sources;
}

describe("finding a Chromium", () => {
  it("should take CHROMIUM_PATH first, and refuse one that does not exist", () => {
    assert.equal(locateChromium({ ...machine(["/opt/chrome", "/usr/bin/chromium"]), configured: "/opt/chrome" }), "/opt/chrome");
    assert.throws(() => locateChromium({ ...machine([]), configured: "/nope" }), /CHROMIUM_PATH points to \/nope, which does not exist/);
  });

  it("should take the system's Chromium, then Playwright's own when it is installed, without installing anything", () => {
    const system = machine(["/usr/bin/chromium"]);
    assert.equal(locateChromium(system), "/usr/bin/chromium");
    const bundled = machine(["/cache/ms-playwright/chromium/chrome"]);
    assert.equal(locateChromium(bundled), undefined);
    assert.equal(system.installs + bundled.installs, 0);
  });

  it("should install Playwright's Chromium once when there is none, and say so", () => {
    const bare = machine([], (files) => {
      files.add("/cache/ms-playwright/chromium/chrome");
      return null;
    });
    assert.equal(locateChromium(bare), undefined);
    assert.equal(bare.installs, 1);
    assert.match(bare.said.join("\n"), /No Chromium found .*installing Playwright's own with `playwright install chromium`/);
  });

  it("should fail with what to install when the download cannot work (offline)", () => {
    const offline = machine([]);
    assert.throws(
      () => locateChromium(offline),
      /could not be installed \(offline\)\. Install one with `apt-get install chromium` or `npx playwright install chromium`.*or set CHROMIUM_PATH/,
    );
    assert.equal(offline.installs, 1);
  });
});
