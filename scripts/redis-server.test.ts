import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { REDIS_MISSING, redisServerBin } from "./redis-server";

describe("finding Redis", () => {
  it("should find none where redis-server is not installed", () => {
    assert.equal(redisServerBin("/nonexistent/redis-server"), null);
  });

  it("should name the Debian package to install", () => {
    assert.match(REDIS_MISSING, /apt-get install redis-server/);
  });
});
