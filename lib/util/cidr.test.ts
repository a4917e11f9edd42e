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

  it("should let the default DEBUG_PANEL_ALLOW, loopback, in, IPv4 mapped into IPv6 included, and nobody else", () => {
    const loopback = ["127.0.0.0/8", "::1"].map((text) => parseCidr(text)!);
    for (const client of ["127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.1"]) assert.equal(inCidrs(loopback, client), true, client);
    for (const client of ["10.0.0.1", "192.168.1.5", "::2", "::ffff:10.0.0.1", "unknown", ""])
      assert.equal(inCidrs(loopback, client), false, client);
  });

  it("should read addresses and CIDR ranges, and refuse anything else", () => {
    assert.deepEqual(parseCidr(" 10.1.0.0/16 "), { address: "10.1.0.0", prefix: 16, family: "ipv4" });
    assert.deepEqual(parseCidr("fd00::/8"), { address: "fd00::", prefix: 8, family: "ipv6" });
    assert.deepEqual(parseCidr("10.1.2.3"), { address: "10.1.2.3", prefix: 32, family: "ipv4" });
    for (const bad of ["10.1.0.0/33", "::1/129", "10.1/8", "localhost", "10.0.0.0/8/1", "10.0.0.0/x", ""])
      assert.equal(parseCidr(bad), null, bad);
  });

  it("should allow a range it was given", () => {
    const office = [parseCidr("10.1.0.0/16")!];
    assert.equal(inCidrs(office, "10.1.200.3"), true);
    assert.equal(inCidrs(office, "10.2.0.1"), false);
  });

  it("should write an IPv4 address mapped into IPv6 as IPv4, and leave any other text alone", () => {
    assert.equal(unmapIPv4("::ffff:203.0.113.7"), "203.0.113.7");
    assert.equal(unmapIPv4("2001:db8::1"), "2001:db8::1");
  });
});
