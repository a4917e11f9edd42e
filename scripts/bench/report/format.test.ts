import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatDatabase, formatMs } from "./format";

describe("figures as the reports write them", () => {
  it("should write negative durations of a second or more in seconds", () => {
    assert.equal(formatMs(-1500), "-1.50 s");
    assert.equal(formatMs(-46), "-46 ms");
  });

  it("should name the database as the README's columns do, and a given server by its host, without its password", () => {
    assert.equal(formatDatabase({ kind: "sqlite", url: null, latencyMs: 0 }), "SQLite");
    assert.equal(formatDatabase({ kind: "postgres", url: null, latencyMs: 0 }), "PostgreSQL");
    assert.equal(formatDatabase({ kind: "postgres", url: null, latencyMs: 1 }), "PostgreSQL + 1 ms");
    assert.equal(
      formatDatabase({ kind: "postgres", url: "postgresql://u:secret@db.example:5433/blog", latencyMs: 0.5 }),
      "PostgreSQL at db.example:5433 + 0.5 ms",
    );
  });
});
