import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { afterEach, describe, it } from "node:test";
import { settingsTable } from "../lib/settings";
import { withTables } from "./docs-settings";
import { continuousIntegration, e2eServer, HARNESS_SETTINGS } from "./harness-settings";

const saved = { CI: process.env.CI, E2E_PORT: process.env.E2E_PORT, E2E_REUSE_SERVER: process.env.E2E_REUSE_SERVER };

describe("harness settings", () => {
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("should take CI=true or CI=1 as a CI run, and an unset, empty, 0 or false CI as none", () => {
    for (const [raw, ci] of [
      ["true", true],
      ["1", true],
      ["TRUE", true],
      ["", false],
      ["0", false],
      ["false", false],
    ] as const) {
      process.env.CI = raw;
      assert.equal(continuousIntegration(), ci, raw);
    }
    delete process.env.CI;
    assert.equal(continuousIntegration(), false);
  });

  it("should run the end-to-end server on 3210 unless E2E_PORT says otherwise, and reuse one only with E2E_REUSE_SERVER=1", () => {
    delete process.env.E2E_PORT;
    delete process.env.E2E_REUSE_SERVER;
    assert.deepEqual(e2eServer(), { port: 3210, reuse: false });
    Object.assign(process.env, { E2E_PORT: "3999", E2E_REUSE_SERVER: "1" });
    assert.deepEqual(e2eServer(), { port: 3999, reuse: true });
    process.env.E2E_REUSE_SERVER = "yes";
    assert.throws(() => e2eServer(), /E2E_REUSE_SERVER must be 0 or 1/);
  });

  it("should list the harness's variables in docs/configuration.md exactly as their table makes them", () => {
    const docs = readFileSync("docs/configuration.md", "utf8");
    assert.ok(docs.includes(settingsTable(HARNESS_SETTINGS)), "docs/configuration.md is out of date: run `npm run docs:settings`.");
    assert.equal(withTables(docs), docs);
  });
});
