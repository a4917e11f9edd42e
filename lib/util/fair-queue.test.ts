import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FairQueue, QueueFullError } from "./fair-queue";

/** A task that runs until its test lets it finish, and notes when it started. */
function gatedTask(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: () => (started.push(name), done), finish };
}

describe("FairQueue", () => {
  it("should run at most `concurrency` tasks at once", async () => {
    const queue = new FairQueue({ concurrency: 2, total: 10, perClient: 10 });
    const started: string[] = [];
    const tasks = ["a", "b", "c"].map((name) => gatedTask(started, name));
    const runs = tasks.map((t) => queue.run("one", t.task));
    await Promise.resolve();
    assert.deepEqual(started, ["a", "b"]);
    assert.equal(queue.waiting, 1);
    tasks.forEach((t) => t.finish());
    await Promise.all(runs);
    assert.deepEqual(started, ["a", "b", "c"]);
    assert.equal(queue.waiting, 0);
  });

  it("should start another client's first task after at most one of a flooding client's", async () => {
    const queue = new FairQueue({ concurrency: 1, total: 100, perClient: 100 });
    const started: string[] = [];
    const flood = Array.from({ length: 40 }, (_, i) => gatedTask(started, `flood-${i}`));
    const runs = flood.map((t) => queue.run("attacker", t.task));
    const visitor = gatedTask(started, "visitor");
    runs.push(queue.run("visitor", visitor.task));
    for (const t of [...flood, visitor]) {
      t.finish();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(runs);
    // flood-0 was running when the visitor came; flood-1 was already first in line.
    assert.deepEqual(started.slice(0, 3), ["flood-0", "flood-1", "visitor"]);
  });

  it("should take turns between clients with work waiting", async () => {
    const queue = new FairQueue({ concurrency: 1, total: 100, perClient: 100 });
    const started: string[] = [];
    const gated = [..."aaab", "b", "c"].map((client, i) => ({ client, ...gatedTask(started, `${client}${i}`) }));
    const runs = gated.map((g) => queue.run(g.client, g.task));
    for (const g of gated) {
      g.finish();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(runs);
    assert.deepEqual(started, ["a0", "a1", "b3", "c5", "a2", "b4"]);
  });

  it("should refuse a client past its share, and anyone past the total, without running them", async () => {
    const queue = new FairQueue({ concurrency: 1, total: 3, perClient: 2 });
    const started: string[] = [];
    const running = gatedTask(started, "running");
    const first = queue.run("a", running.task);
    const waiting = [queue.run("a", async () => void started.push("a1")), queue.run("a", async () => void started.push("a2"))];
    await assert.rejects(
      queue.run("a", async () => void started.push("a3")),
      QueueFullError,
    );
    waiting.push(queue.run("b", async () => void started.push("b1")));
    await assert.rejects(
      queue.run("c", async () => void started.push("c1")),
      QueueFullError,
    );
    running.finish();
    await Promise.all([first, ...waiting]);
    assert.deepEqual(started, ["running", "a1", "b1", "a2"]);
  });

  it("should give a freed slot to a client with nothing running before a client that holds the others", async () => {
    const queue = new FairQueue({ concurrency: 3, total: 100, perClient: 100 });
    const started: string[] = [];
    const flood = Array.from({ length: 6 }, (_, i) => gatedTask(started, `flood-${i}`));
    const runs = flood.map((t) => queue.run("attacker", t.task));
    const visitor = gatedTask(started, "visitor");
    runs.push(queue.run("visitor", visitor.task));
    await Promise.resolve();
    // The attacker holds every slot and has three more waiting, first in turn: the visitor still goes next.
    flood[0]!.finish();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(started, ["flood-0", "flood-1", "flood-2", "visitor"]);
    assert.equal(queue.holds("attacker"), 5);
    assert.equal(queue.holds("visitor"), 1);
    for (const t of [...flood, visitor]) t.finish();
    await Promise.all(runs);
    assert.equal(queue.holds("attacker") + queue.holds("visitor"), 0);
  });

  it("should keep the slots past a client's perClientRunning for the other clients", async () => {
    const queue = new FairQueue({ concurrency: 4, total: 100, perClient: 100, perClientRunning: 3 });
    const started: string[] = [];
    const flood = Array.from({ length: 5 }, (_, i) => gatedTask(started, `flood-${i}`));
    const runs = flood.map((t) => queue.run("attacker", t.task));
    await Promise.resolve();
    assert.deepEqual(started, ["flood-0", "flood-1", "flood-2"]);
    assert.equal(queue.running, 3);
    const visitor = gatedTask(started, "visitor");
    runs.push(queue.run("visitor", visitor.task));
    await Promise.resolve();
    // The fourth slot was kept: the visitor starts at once, with the attacker's two still waiting.
    assert.deepEqual(started, ["flood-0", "flood-1", "flood-2", "visitor"]);
    visitor.finish();
    flood[0]!.finish();
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(started.slice(4), ["flood-3"]);
    for (const t of flood) t.finish();
    await Promise.all(runs);
    assert.equal(queue.running, 0);
  });

  it("should take a waiting task out of its line when its signal aborts or it has waited waitMs", async () => {
    const queue = new FairQueue({ concurrency: 1, total: 10, perClient: 10 });
    const running = await queue.acquire("a");
    assert.ok(running.ok);
    const client = new AbortController();
    const gone = queue.acquire("b", { signal: client.signal });
    const late = queue.acquire("c", { waitMs: 20 });
    assert.equal(queue.waiting, 2);
    client.abort();
    assert.deepEqual(await gone, { ok: false, reason: "gone" });
    assert.deepEqual(await late, { ok: false, reason: "late" });
    assert.equal(queue.waiting, 0);
    running.release();
    running.release();
    assert.equal(queue.running, 0);
    assert.deepEqual(await queue.acquire("d", { signal: client.signal }), { ok: false, reason: "gone" });
  });

  it("should free the slot of a task that fails", async () => {
    const queue = new FairQueue({ concurrency: 1, total: 1, perClient: 1 });
    await assert.rejects(
      queue.run("a", async () => {
        throw new Error("broken image");
      }),
      /broken image/,
    );
    assert.equal(await queue.run("a", async () => "next"), "next");
  });
});
