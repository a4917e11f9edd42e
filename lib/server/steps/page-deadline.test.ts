import assert from "node:assert/strict";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, describe, it } from "node:test";
import { ensureClientPresent } from "../../request/client-presence";
import { createFront } from "../front";

/** A page that runs `queries` queries of `queryMs` each, as the pages' data functions do, then answers. */
function slowPage(queries: number, queryMs: number) {
  const ran = { queries: 0 };
  const next = async (_req: IncomingMessage, res: ServerResponse) => {
    for (let i = 0; i < queries; i += 1) {
      await ensureClientPresent();
      ran.queries += 1;
      await new Promise((resolve) => setTimeout(resolve, queryMs));
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>slow</title><p>done</p>");
  };
  return { next, ran };
}

async function serve(next: (req: IncomingMessage, res: ServerResponse) => Promise<void>, deadlineMs: number) {
  const front = createFront({
    next,
    debugPanel: false,
    deadlineMs,
    shedding: { concurrency: 1, concurrencyPerClient: 1, queue: 4, queuePerClient: 4, queueWaitMs: 60_000, maxEventLoopDelayMs: 60_000 },
  });
  const server = createServer((req, res) => void front(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  after(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function get(url: string): Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the page deadline", () => {
  it("should answer 503 with Retry-After to a page past its deadline, and run none of its queries after", async () => {
    const page = slowPage(100, 20);
    const base = await serve(page.next, 300);
    const answer = await get(`${base}/`);
    assert.equal(answer.status, 503);
    assert.match(answer.headers["retry-after"] ?? "", /^\d+$/);
    assert.equal(answer.headers["cache-control"], "no-store");
    assert.match(answer.body, /took longer than 0\.3 s/);
    const stoppedAt = page.ran.queries;
    assert.ok(stoppedAt < 100, `${stoppedAt} queries ran`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(page.ran.queries, stoppedAt);
  });

  it("should leave a page that finishes within its deadline alone, and let the next page render", async () => {
    const page = slowPage(3, 5);
    const base = await serve(page.next, 5_000);
    const answers = [await get(`${base}/`), await get(`${base}/`)];
    assert.deepEqual(
      answers.map((answer) => [answer.status, /done/.test(answer.body)]),
      [
        [200, true],
        [200, true],
      ],
    );
    assert.equal(page.ran.queries, 6);
  });
});
