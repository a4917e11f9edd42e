import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PageGate, type Admission, type SheddingLimits } from "./load-shedding";

const LIMITS: SheddingLimits = {
  concurrency: 2,
  concurrencyPerClient: 2,
  queue: 1,
  queuePerClient: 1,
  queueWaitMs: 60_000,
  maxEventLoopDelayMs: 100,
};
const present = () => new AbortController().signal;

function released(admission: Admission): void {
  assert.ok(admission.ok);
  admission.release();
}

describe("PageGate", () => {
  it("should let `concurrency` pages render, queue `queue` more, and refuse the next at once", async () => {
    const gate = new PageGate(LIMITS, () => 0);
    const first = await gate.admit("a", present());
    const second = await gate.admit("a", present());
    assert.ok(first.ok && second.ok);
    const third = gate.admit("a", present());
    assert.deepEqual(await gate.admit("b", present()), { ok: false, reason: "busy" });
    assert.equal(gate.waiting, 1);
    first.release();
    released(await third);
    second.release();
    assert.equal(gate.rendering, 0);
  });

  it("should refuse a client's page past its share of the queue while another client's page waits its turn", async () => {
    const gate = new PageGate({ ...LIMITS, queue: 10, queuePerClient: 2 }, () => 0);
    const rendering = [await gate.admit("attacker", present()), await gate.admit("attacker", present())];
    const waiting = [gate.admit("attacker", present()), gate.admit("attacker", present())];
    assert.deepEqual(await gate.admit("attacker", present()), { ok: false, reason: "share" });
    const visitor = gate.admit("visitor", present());
    assert.equal(gate.waiting, 3);
    // The attacker's pages were first in line, but the visitor has nothing rendering: its page goes first.
    released(rendering[0]!);
    released(await visitor);
    released(rendering[1]!);
    for (const page of waiting) released(await page);
    assert.equal(gate.rendering, 0);
  });

  it("should count a page once however often it is released", async () => {
    const gate = new PageGate({ ...LIMITS, concurrency: 1 }, () => 0);
    const first = await gate.admit("a", present());
    assert.ok(first.ok);
    first.release();
    first.release();
    assert.equal(gate.rendering, 0);
  });

  it("should answer a page that waited longer than queueWaitMs with busy", async () => {
    const gate = new PageGate({ ...LIMITS, concurrency: 1, queueWaitMs: 30 }, () => 0);
    const first = await gate.admit("a", present());
    assert.deepEqual(await gate.admit("a", present()), { ok: false, reason: "busy" });
    assert.equal(gate.waiting, 0);
    released(first);
  });

  it("should never render a waiting page whose client has gone", async () => {
    const gate = new PageGate({ ...LIMITS, concurrency: 1 }, () => 0);
    const first = await gate.admit("a", present());
    const client = new AbortController();
    const waiting = gate.admit("b", client.signal);
    client.abort();
    assert.deepEqual(await waiting, { ok: false, reason: "gone" });
    assert.equal(gate.waiting, 0);
    released(first);
    assert.equal(gate.rendering, 0);
    const gone = new AbortController();
    gone.abort();
    assert.deepEqual(await gate.admit("b", gone.signal), { ok: false, reason: "gone" });
  });

  it("should take no more pages from a client with one rendering while the event loop is slower than maxEventLoopDelayMs", async () => {
    let delay = 150;
    const gate = new PageGate(LIMITS, () => delay);
    const rendering = await gate.admit("attacker", present());
    assert.deepEqual(await gate.admit("attacker", present()), { ok: false, reason: "slow" });
    // Another client's first page still takes its turn.
    released(await gate.admit("visitor", present()));
    delay = 20;
    released(await gate.admit("attacker", present()));
    released(rendering);
  });

  it("should take a page after a stall once nothing renders", async () => {
    const gate = new PageGate(LIMITS, () => 5000);
    released(await gate.admit("a", present()));
  });
});
