import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { UsageError } from "../bench/cli/args";
import { parseClusterOptions } from "./options";

describe("npm run cluster's options", () => {
  it("should start two instances on a throwaway PostgreSQL by default", () => {
    assert.deepEqual(parseClusterOptions([]), { instances: 2, db: "postgres", databaseUrl: null });
  });

  it("should read the instances, the database and an existing PostgreSQL", () => {
    assert.deepEqual(parseClusterOptions(["--instances", "3", "--db=sqlite"]), { instances: 3, db: "sqlite", databaseUrl: null });
    assert.deepEqual(parseClusterOptions(["--database-url", "postgresql://u@localhost/fastblog"]), {
      instances: 2,
      db: "postgres",
      databaseUrl: "postgresql://u@localhost/fastblog",
    });
    assert.equal(parseClusterOptions(["--help"]), "help");
  });

  it("should refuse what it cannot run, saying what was wrong", () => {
    for (const argv of [
      ["--instances", "0"],
      ["--instances", "17"],
      ["--db", "mysql"],
      ["--database-url", "file:x.db"],
      ["--port", "1"],
      ["--db", "sqlite", "--database-url", "postgresql://u@h/db"],
    ])
      assert.throws(() => parseClusterOptions(argv), UsageError, argv.join(" "));
  });
});
