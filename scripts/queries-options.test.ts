import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseQueriesOptions } from "./queries-options";

describe("npm run queries's command line", () => {
  it("should start its own server on SQLite by default", () => {
    assert.deepEqual(parseQueriesOptions([]), {
      url: null,
      json: null,
      cost: false,
      database: { kind: "sqlite", url: null, latencyMs: 0 },
    });
  });

  it("should take a running server on this machine, a JSON file and PostgreSQL", () => {
    const options = parseQueriesOptions(["--url", "http://localhost:3000/", "--json=out.json"]);
    assert.ok(options !== "help");
    assert.equal(options.url, "http://localhost:3000");
    assert.equal(options.json, "out.json");
    const postgres = parseQueriesOptions(["--db", "postgres"]);
    assert.ok(postgres !== "help");
    assert.equal(postgres.database.kind, "postgres");
  });

  it("should refuse another machine, an unknown flag, and --cost with --url, each by name", () => {
    assert.throws(() => parseQueriesOptions(["--url", "http://example.com"]), /--url must be a loopback address/);
    assert.throws(() => parseQueriesOptions(["--fast"]), /Unknown or incomplete option "--fast"/);
    assert.throws(() => parseQueriesOptions(["--cost", "--url", "http://localhost:3000"]), /--cost starts servers of its own/);
  });
});
