import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatRequestId, instanceOfRequestId, isInstanceName } from "./instance";
import { parseDebugUrl, requestDetailUrl } from "./urls/debug";

describe("instance names in request ids", () => {
  it("should put the instance's name and a dot in front of the random part, and read it back", () => {
    const id = formatRequestId("app-2", "9f86d081884c7d65");
    assert.equal(id, "app-2.9f86d081884c7d65");
    assert.equal(instanceOfRequestId(id), "app-2");
    assert.equal(formatRequestId(null, "9f86d081884c7d65"), "9f86d081884c7d65");
    assert.equal(instanceOfRequestId("9f86d081884c7d65"), null);
  });

  it("should route the debug detail of an id with or without an instance name", () => {
    for (const id of ["app-2.9f86d081884c7d65", "9f86d081884c7d65"]) {
      assert.deepEqual(parseDebugUrl(new URL(requestDetailUrl(id), "http://x")), { kind: "detail", requestId: id });
    }
    assert.deepEqual(parseDebugUrl(new URL(requestDetailUrl("App_2.9f86d081884c7d65"), "http://x")), { kind: "unknown" });
  });

  it("should take lowercase letters, digits and hyphens as a name, nothing else", () => {
    for (const name of ["app-1", "web7", "a"]) assert.equal(isInstanceName(name), true, name);
    for (const name of ["", "-app", "App", "app.1", "app 1", "x".repeat(41)]) assert.equal(isInstanceName(name), false, name);
  });
});
