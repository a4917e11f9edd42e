import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isAllowed, parseAllowEntry, type AllowEntry } from "./allow-list";

const LOOPBACK = ["127.0.0.0/8", "::1"].map((text) => parseAllowEntry(text)!) as AllowEntry[];

describe("the debug panel's allow list", () => {
  it("should let loopback in, IPv4 mapped into IPv6 included, and nobody else", () => {
    for (const client of ["127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.1"]) assert.equal(isAllowed(LOOPBACK, client), true, client);
    for (const client of ["10.0.0.1", "192.168.1.5", "::2", "::ffff:10.0.0.1", "unknown", ""])
      assert.equal(isAllowed(LOOPBACK, client), false, client);
  });

  it("should read addresses and CIDR ranges, and refuse anything else", () => {
    assert.deepEqual(parseAllowEntry(" 10.1.0.0/16 "), { address: "10.1.0.0", prefix: 16, family: "ipv4" });
    assert.deepEqual(parseAllowEntry("fd00::/8"), { address: "fd00::", prefix: 8, family: "ipv6" });
    assert.deepEqual(parseAllowEntry("10.1.2.3"), { address: "10.1.2.3", prefix: 32, family: "ipv4" });
    for (const bad of ["10.1.0.0/33", "::1/129", "10.1/8", "localhost", "10.0.0.0/8/1", "10.0.0.0/x", ""])
      assert.equal(parseAllowEntry(bad), null, bad);
  });

  it("should allow a range it was given", () => {
    const office = [parseAllowEntry("10.1.0.0/16")!];
    assert.equal(isAllowed(office, "10.1.200.3"), true);
    assert.equal(isAllowed(office, "10.2.0.1"), false);
  });
});
