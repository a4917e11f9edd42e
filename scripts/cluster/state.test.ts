import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { processesOf, ROOT_MARK } from "./state";

const root = mkdtempSync(path.join(tmpdir(), "fastblog-cluster-test-"));
after(() => rmSync(root, { recursive: true, force: true }));

/** Polls until `check` holds, for at most five seconds. */
async function eventually(check: () => boolean): Promise<boolean> {
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50)))
    if (check()) return true;
  return check();
}

describe("a cluster's processes", () => {
  it("should be found by the mark in their environment, with what they started even when it dropped the mark", async () => {
    // sh carries the mark; the sleep it starts has an empty environment and is found as its child.
    const shell = spawn("sh", ["-c", "env -i sleep 30 & wait"], { env: { ...process.env, [ROOT_MARK]: root }, stdio: "ignore" });
    try {
      assert.equal(await eventually(() => processesOf(root).length === 2), true);
      assert.ok(processesOf(root).includes(shell.pid!));
    } finally {
      shell.kill("SIGKILL");
      for (const pid of processesOf(root)) process.kill(pid, "SIGKILL");
    }
  });

  it("should be found by a folder of the cluster in their command line, and nothing else", async () => {
    const other = mkdtempSync(path.join(tmpdir(), "fastblog-cluster-test-"));
    const sleeper = spawn("sh", ["-c", `sleep 30; : ${root}/nginx`], { stdio: "ignore" });
    try {
      assert.equal(await eventually(() => processesOf(root).includes(sleeper.pid!)), true);
      assert.deepEqual(processesOf(other), []);
    } finally {
      sleeper.kill("SIGKILL");
      rmSync(other, { recursive: true, force: true });
    }
  });
});
