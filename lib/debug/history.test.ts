import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { OPTIMIZED } from "../contract/mode";
import { planFor } from "../model/plan";
import type { RequestContext } from "../request/context";
import { DebugHistory } from "./history";

function page(id: string, client = "127.0.0.1"): RequestContext {
  const query = { sql: "SELECT 1", params: "[]", durationMs: 1, roundTrips: 0 };
  return {
    id,
    startedAt: 0,
    plan: planFor(OPTIMIZED),
    modeLabel: "optimized",
    path: "/",
    page: { number: 1 },
    queries: [query],
    debug: true,
    client,
  };
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

  it("should keep another client's last pages however many pages one client sends after them", () => {
    const history = new DebugHistory();
    for (let i = 0; i < 5; i += 1) history.add(page(`visitor-${i}`, "127.0.0.2"), 10, 200, NONE);
    for (let i = 0; i < 1000; i += 1) history.add(page(`flood-${i}`, "127.0.0.1"), 1, 200, NONE);
    for (let i = 0; i < 5; i += 1) assert.ok(history.has(`visitor-${i}`), `visitor-${i}`);
    assert.ok(history.has("flood-999"));
    assert.equal(history.has("flood-0"), false);
  });

  it("should give each of several clients an equal share once the history is full", () => {
    const history = new DebugHistory();
    for (let i = 0; i < 400; i += 1) history.add(page(`a-${i}`, "a"), 1, 200, NONE);
    for (let i = 0; i < 400; i += 1) history.add(page(`b-${i}`, "b"), 1, 200, NONE);
    assert.ok(history.has("a-399") && history.has("a-300"), "a keeps its last hundred");
    assert.equal(history.has("a-299"), false);
    assert.ok(history.has("b-399") && history.has("b-300"));
    assert.equal(history.has("b-299"), false);
  });

  it("should still let newer pages push the oldest out", () => {
    const history = new DebugHistory();
    for (let i = 0; i < 201; i += 1) history.add(page(`page-${i}`), 1, 200, NONE);
    assert.equal(history.has("page-0"), false);
    assert.ok(history.has("page-200"));
  });
});
