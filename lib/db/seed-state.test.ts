import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { olderSeedNote, SEED_VERSION } from "./seed-state";

describe("olderSeedNote", () => {
  it("should say nothing about a database the current seed wrote", () => {
    assert.equal(olderSeedNote({ version: SEED_VERSION, scale: 1 }), null);
    assert.equal(olderSeedNote({ version: SEED_VERSION, scale: 1000 }), null);
  });

  it("should tell a database seeded by an older version how to get the new text, at its own scale", () => {
    const note = olderSeedNote({ version: 1, scale: 1 })!;
    assert.match(note, /seeded by version 1 of the seed/);
    assert.match(note, /served as it is/);
    assert.match(note, /Run `npm run db:reset` to get the new text/);
    assert.match(olderSeedNote({ version: 1, scale: 1000 })!, /Run `SEED_SCALE=1000 npm run db:reset`/);
  });
});
