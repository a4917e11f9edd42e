import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PageGate, type Admission, type SheddingLimits } from "./load-shedding";

const LIMITS: SheddingLimits = { concurrency: 2, queue: 1, queueWaitMs: 60_000, maxEventLoopDelayMs: 100 };
const present = () => new AbortController().signal;

function released(admission: Admission): void {
  assert.ok(admission.ok);
  admission.release();
}

describe("PageGate", () => {
  it("should let `concurrency` pages render, queue `queue` more, and refuse the next at once", async () => {
    const gate = new PageGate(LIMITS, () => 0);
    const first = await gate.admit(present());
    const second = await gate.admit(present());
    assert.ok(first.ok && second.ok);
    const third = gate.admit(present());
    assert.deepEqual(await gate.admit(present()), { ok: false, reason: "busy" });
    assert.equal(gate.waiting, 1);
    first.release();
    released(await third);
    second.release();
    assert.equal(gate.rendering, 0);
  });

  it("should count a page once however often it is released", async () => {
    const gate = new PageGate({ ...LIMITS, concurrency: 1 }, () => 0);
    const first = await gate.admit(present());
    assert.ok(first.ok);
    first.release();
    first.release();
    assert.equal(gate.rendering, 0);
  });

  it("should answer a page that waited longer than queueWaitMs with busy", async () => {
    const gate = new PageGate({ ...LIMITS, concurrency: 1, queueWaitMs: 30 }, () => 0);
    const first = await gate.admit(present());
    assert.deepEqual(await gate.admit(present()), { ok: false, reason: "busy" });
    assert.equal(gate.waiting, 0);
    released(first);
  });

  it("should never render a waiting page whose client has gone", async () => {
    const gate = new PageGate({ ...LIMITS, concurrency: 1 }, () => 0);
    const first = await gate.admit(present());
    const client = new AbortController();
    const waiting = gate.admit(client.signal);
    client.abort();
    assert.deepEqual(await waiting, { ok: false, reason: "gone" });
    assert.equal(gate.waiting, 0);
    released(first);
    assert.equal(gate.rendering, 0);
    const gone = new AbortController();
    gone.abort();
    assert.deepEqual(await gate.admit(gone.signal), { ok: false, reason: "gone" });
  });

  it("should take no more pages while pages render and the event loop is slower than maxEventLoopDelayMs", async () => {
    let delay = 150;
    const gate = new PageGate(LIMITS, () => delay);
    const rendering = await gate.admit(present());
    assert.deepEqual(await gate.admit(present()), { ok: false, reason: "slow" });
    delay = 20;
    released(await gate.admit(present()));
    released(rendering);
  });

  it("should take a page after a stall once nothing renders", async () => {
    const gate = new PageGate(LIMITS, () => 5000);
    released(await gate.admit(present()));
  });
});
