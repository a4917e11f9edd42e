import assert from "node:assert/strict";
import { parseArgs } from "node:util";
import { afterEach, describe, it } from "node:test";
import { scaleFrom, SCALE_OPTION } from "./seed-options";

const saved = process.env.SEED_SCALE;
const scaleOf = (args: string[]) => scaleFrom(parseArgs({ args, options: SCALE_OPTION }).values.scale);

describe("--scale", () => {
  afterEach(() => {
    if (saved === undefined) delete process.env.SEED_SCALE;
    else process.env.SEED_SCALE = saved;
  });

  it("should take --scale 3 and --scale=3, over SEED_SCALE", () => {
    process.env.SEED_SCALE = "7";
    assert.equal(scaleOf(["--scale", "3"]), 3);
    assert.equal(scaleOf(["--scale=3"]), 3);
    assert.equal(scaleOf([]), 7);
    delete process.env.SEED_SCALE;
    assert.equal(scaleOf([]), 1);
  });

  for (const bad of ["0", "10001", "-2", "1.5", "three", ""]) {
    it(`should refuse --scale=${bad} with a message that says what it takes`, () => {
      assert.throws(() => scaleOf([`--scale=${bad}`]), /--scale must be a whole number from 1 to 10000/);
    });
  }

  it("should refuse --scale without a value", () => {
    assert.throws(() => scaleOf(["--scale"]), /--scale <value>' argument missing/);
  });
});
