import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { databaseName } from "./database";

describe("the database's name in the reports", () => {
  it("should name the database as the benchmark's tables do, and a given server by its host, without its password", () => {
    assert.equal(databaseName({ kind: "sqlite", url: null, latencyMs: 0 }), "SQLite");
    assert.equal(databaseName({ kind: "postgres", url: null, latencyMs: 0 }), "PostgreSQL");
    assert.equal(databaseName({ kind: "postgres", url: null, latencyMs: 1 }), "PostgreSQL + 1 ms");
    assert.equal(
      databaseName({ kind: "postgres", url: "postgresql://u:secret@db.example:5433/blog", latencyMs: 0.5 }),
      "PostgreSQL at db.example:5433 + 0.5 ms",
    );
  });
});
