import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { OPTIMIZED } from "../contract/mode";
import { planFor } from "../model/plan";
import type { RequestContext } from "../request/context";
import { DebugHistory } from "./history";

function page(id: string): RequestContext {
  const query = { sql: "SELECT 1", params: "[]", durationMs: 1, roundTrips: 0 };
  return { id, startedAt: 0, plan: planFor(OPTIMIZED), modeLabel: "optimized", path: "/", page: { number: 1 }, queries: [query] };
}

const NONE = { findings: [], sites: [{ callSite: null, stack: [] }] };

describe("DebugHistory", () => {
  it("should keep a real page however many misses come after it", () => {
    const history = new DebugHistory();
    history.add(page("real"), 10, 200, NONE);
    for (let i = 0; i < 1000; i += 1) history.add(page(`miss-${i}`), 1, 404, NONE);
    assert.equal(history.get("real")?.queries.length, 1);
    assert.ok(history.has("miss-999"));
    assert.equal(history.has("miss-0"), false);
  });

  it("should still let newer pages push the oldest out", () => {
    const history = new DebugHistory();
    for (let i = 0; i < 201; i += 1) history.add(page(`page-${i}`), 1, 200, NONE);
    assert.equal(history.has("page-0"), false);
    assert.ok(history.has("page-200"));
  });
});
