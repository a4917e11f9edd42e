import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { formatMode, modeOf, parseMode, TECHNIQUES } from "./mode";

/** Text as `?techniques=` or a cookie may carry it: anything at all, or technique names in any order, case and spacing. */
const techniqueList = fc
  .tuple(fc.shuffledSubarray([...TECHNIQUES]), fc.boolean(), fc.constantFrom(",", " , ", ",\t"))
  .map(([names, upper, comma]) => (upper ? names.map((name) => name.toUpperCase()) : names).join(comma));
const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme-ascii", maxLength: 300 }), techniqueList);

describe("parseMode, for any input", () => {
  it("should read a mode whose canonical text reads back the same mode, or refuse with a short message", () => {
    let read = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseMode(text);
        read += parsed.ok ? 1 : 0;
        const readBack = parsed.ok ? parseMode(formatMode(parsed.mode)) : parsed;
        assert.deepEqual(readBack, parsed);
        // A refusal quotes at most 40 characters of what it was sent.
        assert.ok(parsed.ok || parsed.error.length < 250, parsed.ok ? "" : parsed.error);
      }),
      { numRuns: 3000 },
    );
    assert.ok(read > 100, `only ${read} modes read`);
  });

  it("should read any set of techniques, in any order, case or spacing, as exactly that set", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...TECHNIQUES], { minLength: 1 }), (names) => {
        assert.deepEqual(parseMode(names.join(",")), { ok: true, mode: modeOf(names) });
        assert.deepEqual(parseMode(` ${names.join(" , ").toUpperCase()} `), { ok: true, mode: modeOf(names) });
      }),
    );
  });
});
