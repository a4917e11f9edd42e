import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { POSTGRES_MISSING, postgresBin } from "./postgres-cluster";

describe("finding PostgreSQL", () => {
  const root = mkdtempSync(path.join(tmpdir(), "fastblog-pg-root-"));
  after(() => rmSync(root, { recursive: true, force: true }));
  const install = (version: string, withInitdb = true) => {
    mkdirSync(path.join(root, version, "bin"), { recursive: true });
    if (withInitdb) writeFileSync(path.join(root, version, "bin", "initdb"), "");
  };

  it("should find none where nothing is installed", () => {
    assert.equal(postgresBin(path.join(root, "absent")), null);
    assert.equal(postgresBin(root), null);
  });

  it("should take the newest version that has initdb, by number rather than by name", () => {
    install("9");
    install("15");
    install("16", false);
    assert.equal(postgresBin(root), path.join(root, "15", "bin"));
  });

  it("should say how to install PostgreSQL, or how to do without one", () => {
    assert.match(POSTGRES_MISSING, /apt-get install postgresql/);
    assert.match(POSTGRES_MISSING, /--database-url postgresql:\/\//);
  });
});
