import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer, type RequestListener } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { closeGracefully } from "./connection-guard";

const FIRST_REQUEST_MS = 300;
const GET = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";

async function serving(handler: RequestListener = (_req, res) => res.end("ok")) {
  const server = createServer(handler);
  const { close } = closeGracefully(server, { firstRequestMs: FIRST_REQUEST_MS });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  /** A connection the server has accepted, and everything it receives until the server closes it. */
  const connection = async () => {
    const accepted = once(server, "connection");
    const socket = connect(port, "127.0.0.1");
    await accepted;
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    const received = once(socket, "close").then(() => text);
    const arrived = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        if (socket.closed) throw new Error(`The connection closed before ${pattern} arrived; it received: ${JSON.stringify(text)}`);
        await Promise.race([once(socket, "data"), once(socket, "close")]);
      }
    };
    return { socket, received, arrived };
  };
  const timedClose = async () => {
    const start = performance.now();
    await close();
    return performance.now() - start;
  };
  return { connection, timedClose };
}

describe("closing gracefully", () => {
  it(
    "should answer the first request of a connection made before the close, and say that the connection closes",
    { timeout: 10_000 },
    async () => {
      const { connection, timedClose } = await serving();
      const { socket, received } = await connection();
      const closed = timedClose();
      socket.write(GET);
      const answer = await received;
      assert.match(answer, /^HTTP\/1.1 200 OK/);
      assert.match(answer, /\r\nConnection: close\r\n/i);
      assert.match(answer, /ok$/);
      await closed;
    },
  );

  it("should close a connection that sends no request within the grace", { timeout: 10_000 }, async () => {
    const { connection, timedClose } = await serving();
    const { received } = await connection();
    const elapsed = await timedClose();
    assert.equal(await received, "");
    assert.ok(elapsed >= FIRST_REQUEST_MS - 50 && elapsed < 5_000, `closed after ${elapsed} ms`);
  });

  it("should wait, past the grace, for a first request that has begun", { timeout: 10_000 }, async () => {
    const { connection, timedClose } = await serving();
    const { socket, received } = await connection();
    socket.write("GET / HTTP/1.1\r\n");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = timedClose();
    await new Promise((resolve) => setTimeout(resolve, FIRST_REQUEST_MS + 200));
    socket.write("Host: localhost\r\n\r\n");
    assert.match(await received, /^HTTP\/1.1 200 OK[^]*ok$/);
    assert.ok((await closed) >= FIRST_REQUEST_MS + 200);
  });

  it("should close a keep-alive connection between two requests at once", { timeout: 10_000 }, async () => {
    const { connection, timedClose } = await serving();
    const { socket, received, arrived } = await connection();
    socket.write(GET);
    await arrived(/ok$/);
    const elapsed = await timedClose();
    assert.match(await received, /keep-alive/i);
    assert.ok(elapsed < FIRST_REQUEST_MS, `closed after ${elapsed} ms`);
  });

  it("should finish an answer in flight, then close its connection rather than keep it alive", { timeout: 10_000 }, async () => {
    const { connection, timedClose } = await serving((_req, res) => {
      res.write("first half, ");
      setTimeout(() => res.end("second half"), 200);
    });
    const { socket, received, arrived } = await connection();
    socket.write(GET);
    await arrived(/first half/);
    // Node keeps such a connection for its keep-alive time-out (5 s) after the answer.
    const elapsed = await timedClose();
    assert.match(await received, /second half/);
    assert.ok(elapsed < 2_000, `closed after ${elapsed} ms`);
  });

  it(
    "should say Connection: close on an answer in flight whose headers had not gone out, and on the one pipelined behind it",
    { timeout: 10_000 },
    async () => {
      let started!: () => void;
      const handling = new Promise<void>((resolve) => (started = resolve));
      const { connection, timedClose } = await serving((_req, res) => {
        started();
        setTimeout(() => res.end("ok"), 200);
      });
      const { socket, received } = await connection();
      socket.write(GET + GET);
      await handling;
      const closed = timedClose();
      const answers = (await received).split(/(?=HTTP\/1\.1 )/);
      assert.ok(answers.length >= 1);
      assert.deepEqual(
        answers.map((answer) => /\r\nConnection: close\r\n/i.test(answer)),
        answers.map(() => true),
      );
      await closed;
    },
  );
});
