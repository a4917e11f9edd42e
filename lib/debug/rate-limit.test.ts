import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PerClientRate } from "./rate-limit";

describe("a budget per client", () => {
  it("should let a client spend its budget, refuse it then with the seconds to wait, and refill it over the minute", () => {
    let now = 0;
    const rate = new PerClientRate(
      () => 60,
      () => now,
    );
    for (let i = 0; i < 60; i += 1) assert.deepEqual(rate.take("a"), { ok: true });
    assert.deepEqual(rate.take("a"), { ok: false, retryAfterSeconds: 1 });
    now += 1000;
    assert.deepEqual(rate.take("a"), { ok: true });
    assert.equal(rate.take("a").ok, false);
  });

  it("should keep one client's spending off another's budget", () => {
    const rate = new PerClientRate(
      () => 2,
      () => 0,
    );
    rate.take("a");
    rate.take("a");
    assert.equal(rate.take("a").ok, false);
    assert.deepEqual(rate.take("b"), { ok: true });
  });

  it("should remember a bounded number of clients", () => {
    const rate = new PerClientRate(
      () => 1,
      () => 0,
      2,
    );
    rate.take("a");
    rate.take("b");
    rate.take("c");
    // "a" was forgotten: its budget is whole again.
    assert.deepEqual(rate.take("a"), { ok: true });
    assert.equal(rate.take("c").ok, false);
  });
});
