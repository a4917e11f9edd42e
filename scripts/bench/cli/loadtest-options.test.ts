import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UsageError } from "./args";
import { parseLoadTestOptions } from "./loadtest-options";

const usageError = (message: RegExp) => (error: unknown) => error instanceof UsageError && message.test(error.message);

describe("the load test's command line", () => {
  it("should take an option's value after an equals sign or as the next word alike", () => {
    assert.deepEqual(parseLoadTestOptions(["--duration=3", "--connections", "5"]), {
      modes: ["naive", "optimized"],
      connections: 5,
      duration: 3,
      url: null,
      path: "/",
      json: null,
      database: { kind: "sqlite", url: null, latencyMs: 0 },
      cluster: false,
      killOne: false,
    });
    assert.deepEqual(parseLoadTestOptions(["--url", "http://127.0.0.1:3000/", "--path=/articles", "--json", "out.json"]), {
      modes: ["naive", "optimized"],
      connections: 20,
      duration: 15,
      url: "http://127.0.0.1:3000",
      path: "/articles",
      json: "out.json",
      database: { kind: "sqlite", url: null, latencyMs: 0 },
      cluster: false,
      killOne: false,
    });
    assert.equal(parseLoadTestOptions(["-h"]), "help");
  });

  it("should load cached mode after the two others with --modes naive,optimized,cached", () => {
    const options = parseLoadTestOptions(["--modes=naive,optimized,cached"]);
    assert.ok(options !== "help");
    assert.deepEqual(options.modes, ["naive", "optimized", "cached"]);
    assert.throws(() => parseLoadTestOptions(["--modes", "cached"]), usageError(/--modes takes/));
  });

  it("should take --cluster and --kill-one, and refuse --kill-one without a cluster", () => {
    const options = parseLoadTestOptions(["--cluster", "--kill-one", "--db", "postgres"]);
    assert.ok(options !== "help");
    assert.deepEqual([options.cluster, options.killOne, options.database.kind], [true, true, "postgres"]);
    assert.throws(() => parseLoadTestOptions(["--kill-one"]), usageError(/--kill-one kills an instance of a cluster: add --cluster/));
    assert.throws(() => parseLoadTestOptions(["--cluster=yes"]), usageError(/--cluster takes no value/));
  });

  it("should name the option and what it allows when a value is bad", () => {
    assert.throws(
      () => parseLoadTestOptions(["--connections=0"]),
      usageError(/^--connections needs a whole number from 1 to 1000; got "0"\.$/),
    );
    assert.throws(() => parseLoadTestOptions(["--duration"]), usageError(/^--duration needs a whole number from 1 to 1000; got ""\.$/));
    assert.throws(
      () => parseLoadTestOptions(["--url", "http://example.com"]),
      usageError(/^--url must be a loopback address such as http:\/\/localhost:3000; got "http:\/\/example\.com"\.$/),
    );
    assert.throws(() => parseLoadTestOptions(["--path", "x"]), usageError(/^Unknown or incomplete option "--path"\./));
  });

  it("should reject an unknown flag by name", () => {
    assert.throws(
      () => parseLoadTestOptions(["--bogus"]),
      usageError(
        /^Unknown or incomplete option "--bogus"\. Options: --modes LIST --connections N --duration S --url URL --path \/p --json FILE --cluster --kill-one --db sqlite\|postgres --database-url URL --db-latency MS\.$/,
      ),
    );
  });

  it("should take the benchmark's database options, and refuse a latency on SQLite", () => {
    const options = parseLoadTestOptions(["--db", "postgres", "--db-latency", "1", "--connections", "100"]);
    assert.ok(options !== "help");
    assert.deepEqual(options.database, { kind: "postgres", url: null, latencyMs: 1 });
    assert.throws(() => parseLoadTestOptions(["--db-latency", "2"]), usageError(/^--db-latency delays the round trips to PostgreSQL/));
  });
});
