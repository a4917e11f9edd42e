import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MISSING, redisBin } from "./binaries";

describe("finding Redis", () => {
  it("should find none where redis-server is not installed", () => {
    assert.equal(redisBin(["/nonexistent/redis-server"]), null);
  });

  it("should name the Debian package to install", () => {
    assert.match(MISSING.redis, /apt-get install redis-server/);
  });
});
