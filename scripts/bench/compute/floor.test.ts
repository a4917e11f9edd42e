import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PROFILES } from "../config/profiles";
import { floorInputs, floorMs, floorRows } from "./floor";
import { request, run } from "./test-fixtures";

describe("physical floor", () => {
  it("should count one round trip per level of the longest chain and every byte fetched before the load event", () => {
    // HTML (1), a stylesheet it names (2), an image the stylesheet names (3); 62,500 bytes in all.
    const waterfall = [
      request(0, 50, 12_500, "html", 1),
      request(60, 120, 25_000, "css", 2),
      request(130, 300, 25_000, "image", 3),
      request(400, 900, 1_000_000, "image", 4),
    ];
    const inputs = floorInputs({ waterfall, loadEventMs: 350 });
    assert.deepEqual(inputs, { roundTrips: 3, bytes: 62_500 });
    // 62,500 bytes at 5,000 kbps take 100 ms.
    assert.equal(floorMs(inputs, PROFILES.cable!), 3 * 28 + 100);
    assert.equal(floorMs(inputs, PROFILES["slow-4g"]!), 3 * 150 + 312.5);
  });

  it("should leave out what came from the browser's cache", () => {
    const cached = { ...request(60, 61, 0, "image", 2), fromCache: true };
    assert.deepEqual(floorInputs({ waterfall: [request(0, 50, 1000, "html", 1), cached], loadEventMs: 100 }), {
      roundTrips: 1,
      bytes: 1000,
    });
  });

  it("should have no floor without a link model", () => {
    assert.equal(floorMs({ roundTrips: 2, bytes: 1000 }, PROFILES.none!), null);
  });

  it("should give the floor on every link profile, and the multiple only for the profile run", () => {
    const records = [run("naive", 1000, [request(0, 900, 62_500, "html", 1)]), run("optimized", 200, [request(0, 100, 12_500, "html", 1)])];
    const [naive, optimized] = floorRows(records, ["/"], PROFILES.cable!);
    assert.deepEqual(naive!.floors, { cable: 128, "slow-4g": 462.5 });
    assert.equal(naive!.multiple, 1000 / 128);
    assert.equal(optimized!.floors.cable, 48);
    const unthrottled = floorRows(records, ["/"], PROFILES.none!);
    assert.equal(unthrottled[0]!.multiple, null);
    assert.deepEqual(unthrottled[0]!.floors, naive!.floors);
  });
});
