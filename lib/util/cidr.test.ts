import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inCidrs, parseCidr, unmapIPv4 } from "./cidr";

describe("CIDR ranges", () => {
  it("should match IPv4 and IPv6 ranges, an IPv4 address mapped into IPv6 included", () => {
    const ranges = ["10.0.0.0/8", "fd00::/8"].map((text) => parseCidr(text)!);
    for (const address of ["10.2.3.4", "::ffff:10.9.9.9", "fd12::1"]) assert.equal(inCidrs(ranges, address), true, address);
    for (const address of ["11.0.0.1", "fe80::1", "::ffff:192.168.0.1", "gone", ""]) assert.equal(inCidrs(ranges, address), false, address);
  });

  it("should match nothing with no ranges", () => {
    assert.equal(inCidrs([], "127.0.0.1"), false);
  });

  it("should write an IPv4 address mapped into IPv6 as IPv4, and leave any other text alone", () => {
    assert.equal(unmapIPv4("::ffff:203.0.113.7"), "203.0.113.7");
    assert.equal(unmapIPv4("2001:db8::1"), "2001:db8::1");
  });
});
