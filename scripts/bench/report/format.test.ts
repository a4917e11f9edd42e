import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatMs } from "./format";

describe("figures as the reports write them", () => {
  it("should write negative durations of a second or more in seconds", () => {
    assert.equal(formatMs(-1500), "-1.50 s");
    assert.equal(formatMs(-46), "-46 ms");
  });
});
