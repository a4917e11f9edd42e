import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import { describe, it } from "node:test";
import { parseCidr } from "../util/cidr";
import { clientOf } from "./client";

const from = (remoteAddress: string | undefined, forwardedFor: string | null = "198.51.100.1") =>
  ({ socket: { remoteAddress }, headers: forwardedFor === null ? {} : { "x-forwarded-for": forwardedFor } }) as unknown as IncomingMessage;

const PROXIES = ["127.0.0.1/32", "10.0.0.0/8"].map((text) => parseCidr(text)!);

describe("clientOf", () => {
  it("should name a client by its socket's peer address, never by X-Forwarded-For, when no proxy is trusted", () => {
    assert.equal(clientOf(from("127.0.0.2"), []), "127.0.0.2");
    assert.equal(clientOf(from("2001:db8::1"), []), "2001:db8::1");
  });

  it("should write an IPv4 client that reached an IPv6 socket as IPv4", () => {
    assert.equal(clientOf(from("::ffff:203.0.113.7"), []), "203.0.113.7");
  });

  it("should put requests whose socket is already gone under one name", () => {
    assert.equal(clientOf(from(undefined), PROXIES), "gone");
  });

  it("should believe X-Forwarded-For from a trusted proxy, IPv4 mapped into IPv6 included", () => {
    assert.equal(clientOf(from("127.0.0.1", "198.51.100.1"), PROXIES), "198.51.100.1");
    assert.equal(clientOf(from("::ffff:127.0.0.1", "198.51.100.1"), PROXIES), "198.51.100.1");
  });

  it("should ignore X-Forwarded-For from a peer that is not a trusted proxy", () => {
    assert.equal(clientOf(from("203.0.113.9", "198.51.100.1"), PROXIES), "203.0.113.9");
  });

  it("should take the right-most address that is not a trusted proxy, never what the client wrote before it", () => {
    assert.equal(clientOf(from("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.1.2.3"), PROXIES), "198.51.100.1");
  });

  it("should take the left-most address when every one is a trusted proxy", () => {
    assert.equal(clientOf(from("127.0.0.1", "10.0.0.5, 127.0.0.1"), PROXIES), "10.0.0.5");
  });

  it("should stop at an entry that is not an address, and keep the last trusted hop", () => {
    assert.equal(clientOf(from("127.0.0.1", "198.51.100.1, unknown, 10.1.2.3"), PROXIES), "10.1.2.3");
  });

  it("should keep the peer when a trusted proxy sent no X-Forwarded-For", () => {
    assert.equal(clientOf(from("127.0.0.1", null), PROXIES), "127.0.0.1");
  });
});
