import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { readFileSync } from "node:fs";
import { onStopSignals, SERVER_NODE_FLAGS, serverNodeFlags, SIGNAL_RELAY_WINDOW_MS, signalExitCode } from "./run";

describe("stop signals", () => {
  let clock = 0;
  let stops: string[] = [];
  let exits: number[] = [];
  let remove = () => {};
  const listen = () => {
    remove = onStopSignals((signal) => stops.push(signal), { exit: (code) => exits.push(code), now: () => clock });
  };
  afterEach(() => {
    remove();
    clock = 0;
    stops = [];
    exits = [];
  });

  it("should stop once on a Ctrl-C that npm relays, and keep listening so that the relay cannot kill the process", () => {
    listen();
    process.emit("SIGINT");
    clock += 5;
    process.emit("SIGINT");
    assert.deepEqual(stops, ["SIGINT"]);
    assert.deepEqual(exits, []);
    assert.equal(process.listenerCount("SIGINT") > 0, true);
  });

  it("should exit at once, with the shell's code, on a second Ctrl-C after the relay window", () => {
    listen();
    process.emit("SIGINT");
    clock += SIGNAL_RELAY_WINDOW_MS + 1;
    process.emit("SIGINT");
    assert.deepEqual(stops, ["SIGINT"]);
    assert.deepEqual(exits, [130]);
  });

  it("should take another stop signal while stopping as the user's, at once", () => {
    listen();
    process.emit("SIGINT");
    process.emit("SIGTERM");
    assert.deepEqual(stops, ["SIGINT"]);
    assert.deepEqual(exits, [143]);
  });

  it("should leave no handler behind once removed", () => {
    const before = [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];
    listen();
    remove();
    assert.deepEqual([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")], before);
  });

  it("should give the shell's exit codes for the stop signals", () => {
    assert.deepEqual([signalExitCode("SIGINT"), signalExitCode("SIGTERM")], [130, 143]);
  });
});

describe("the server's V8 flags", () => {
  it("should be the same in package.json's start and serve scripts as where the tests and the benchmark start the server", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const name of ["start", "serve"])
      assert.equal(scripts[name], `exec node ${SERVER_NODE_FLAGS.join(" ")} --import tsx scripts/${name}.ts`, `npm run ${name}`);
  });

  it("should give a larger blog's server a larger heap, 1 MB per step of scale, up to 4 GB", () => {
    assert.deepEqual(serverNodeFlags(1), SERVER_NODE_FLAGS);
    assert.deepEqual(
      [1, 10, 100, 1000, 10_000].map((scale) => serverNodeFlags(scale)[0]),
      [
        "--max-old-space-size=256",
        "--max-old-space-size=266",
        "--max-old-space-size=356",
        "--max-old-space-size=1256",
        "--max-old-space-size=4096",
      ],
    );
    assert.deepEqual(serverNodeFlags(1000).slice(1), SERVER_NODE_FLAGS.slice(1));
  });
});
