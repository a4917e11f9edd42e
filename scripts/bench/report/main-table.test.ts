import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarize } from "../compute/summary";
import { request, run } from "../compute/test-fixtures";
import { HEAD, headOf, tableRows } from "./main-table";

describe("the main table", () => {
  it("should add cached mode's column and its ratio to optimized only when cached was measured", () => {
    const two = summarize([run("naive", 4000), run("optimized", 500)], "/");
    const three = summarize([run("naive", 4000), run("optimized", 500), run("cached", 250)], "/");
    assert.deepEqual(headOf(two), HEAD);
    assert.deepEqual(headOf(three), [...HEAD, "fastblog cached", "Cached vs optimized"]);
    const load = tableRows(three).find((row) => row[0] === "Load time")!;
    assert.equal(load.length, headOf(three).length);
    assert.deepEqual(load.slice(5), ["8.0x", "250 ms", "2.0x"]);
    assert.equal(tableRows(two).find((row) => row[0] === "Load time")!.length, HEAD.length);
  });

  it("should give the load-time ratio of the medians", () => {
    const rows = tableRows(summarize([run("naive", 4000), run("naive", 6000), run("optimized", 500), run("optimized", 500)], "/"));
    const load = rows.find((row) => row[0] === "Load time")!;
    assert.equal(load[5], "10.0x");
    assert.equal(load[3], "5.00 s (4.00 s–6.00 s)");
  });

  it("should show compression and caching as a part of a whole", () => {
    const html = { ...request(0, 10, 5000, "html", 1), encoding: "br", cacheControl: "no-cache" };
    const image = { ...request(10, 20, 5000, "image"), cacheControl: "public, max-age=31536000, immutable" };
    const plain = request(0, 10, 5000, "html", 1);
    const rows = tableRows(summarize([run("naive", 1000, [plain]), run("optimized", 100, [html, image])], "/"));
    assert.deepEqual(rows.find((row) => row[0] === "Compressible text responses compressed")!.slice(3, 5), ["0 of 1", "1 of 1"]);
    assert.deepEqual(rows.find((row) => row[0] === "Responses cached a day or more")!.slice(3, 5), ["0 of 1", "1 of 2"]);
  });
});
