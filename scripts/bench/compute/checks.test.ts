import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { NetworkLog } from "../types/artifacts";
import { viewProblems } from "./checks";
import { request } from "./test-fixtures";

function log(status: number, mode: string, extra: Partial<NetworkLog> = {}): NetworkLog {
  const document = { ...request(0, 10, 1000, "html", 1), status, serverTiming: `total;dur=3, mode;desc="${mode}"` };
  return { requests: [document], document, failures: [], loadEventMs: 20, ...extra };
}

describe("checks of a measured view", () => {
  it("should accept a 200 page in the mode asked for, and a 304 only in the repeat view", () => {
    assert.deepEqual(viewProblems({ mode: "optimized", view: "first" }, 200, log(200, "optimized")), []);
    assert.deepEqual(viewProblems({ mode: "optimized", view: "repeat" }, 304, log(304, "optimized")), []);
    assert.match(viewProblems({ mode: "optimized", view: "first" }, 304, log(304, "optimized"))[0]!, /answered 304, not 200/);
  });

  it("should name a page served in another mode, comparing technique lists in their fixed order", () => {
    assert.deepEqual(viewProblems({ mode: "pagination,eager-loading", view: "first" }, 200, log(200, "eager-loading,pagination")), []);
    assert.match(
      viewProblems({ mode: "naive", view: "first" }, 200, log(200, "optimized"))[0]!,
      /served in mode "optimized" \(Server-Timing\), not "naive"/,
    );
  });

  it("should name every failed request and every answer of 400 or more", () => {
    const broken = { ...request(20, 30, 100), url: "http://x/missing.png", status: 404 };
    const problems = viewProblems({ mode: "naive", view: "first" }, 200, {
      ...log(200, "naive"),
      requests: [broken],
      failures: ["http://x/a.js failed: net::ERR_EMPTY_RESPONSE"],
    });
    assert.deepEqual(problems, ["http://x/missing.png answered 404", "http://x/a.js failed: net::ERR_EMPTY_RESPONSE"]);
  });
});
