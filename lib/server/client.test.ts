import assert from "node:assert/strict";
import type { IncomingMessage } from "node:http";
import { describe, it } from "node:test";
import { clientOf } from "./client";

const from = (remoteAddress: string | undefined) =>
  ({ socket: { remoteAddress }, headers: { "x-forwarded-for": "198.51.100.1" } }) as unknown as IncomingMessage;

describe("clientOf", () => {
  it("should name a client by its socket's peer address, never by X-Forwarded-For", () => {
    assert.equal(clientOf(from("127.0.0.2")), "127.0.0.2");
    assert.equal(clientOf(from("2001:db8::1")), "2001:db8::1");
  });

  it("should write an IPv4 client that reached an IPv6 socket as IPv4", () => {
    assert.equal(clientOf(from("::ffff:203.0.113.7")), "203.0.113.7");
  });

  it("should put requests whose socket is already gone under one name", () => {
    assert.equal(clientOf(from(undefined)), "gone");
  });
});
