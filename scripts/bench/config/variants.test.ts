import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { roundOrder } from "./variants";

describe("ablation rounds", () => {
  it("should measure every mode once a round, starting each round further along the list", () => {
    const modes = ["a", "b", "c", "d", "e", "f"];
    assert.deepEqual(roundOrder(modes, 1, 3), modes);
    assert.deepEqual(roundOrder(modes, 2, 3), ["c", "d", "e", "f", "a", "b"]);
    assert.deepEqual(roundOrder(modes, 3, 3), ["e", "f", "a", "b", "c", "d"]);
  });
});
