import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { MODE_COOKIE } from "../lib/contract/mode";
import { copyBlog, removeFolder, startServe } from "./server-process";

test.describe.configure({ mode: "serial", timeout: 600_000 });

/** The server's resident memory now, from /proc, in megabytes. */
function rssMb(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
}

/** The mix of the issue: optimized home pages, naive second pages and the category index, in turn. */
const MIX = [
  { path: "/", mode: "optimized" },
  { path: "/?page=2", mode: "naive" },
  { path: "/categories", mode: "optimized" },
];
const REQUESTS = 1_500;
/** docs/security.md: what the server may hold once it has settled, V8's heap and everything else. */
const RSS_BOUND_MB = 400;

test.describe("memory", () => {
  test(`should hold at most ${RSS_BOUND_MB} MB, steadily, over ${REQUESTS} mixed requests`, async () => {
    const blog = copyBlog();
    const server = await startServe(blog.env);
    try {
      const pid = server.child.pid!;
      const samples: number[] = [];
      const timer = setInterval(() => samples.push(rssMb(pid)), 1_000);
      let next = 0;
      const result = await autocannon({
        url: server.url,
        connections: 3,
        amount: REQUESTS,
        timeout: 60,
        requests: [
          {
            setupRequest: (request) => {
              const { path, mode } = MIX[next++ % MIX.length]!;
              return { ...request, path, headers: { cookie: `${MODE_COOKIE}=${mode}` } };
            },
          },
        ],
      });
      clearInterval(timer);
      const settled = samples.slice(Math.floor(samples.length / 2));
      console.log(
        `memory: ${JSON.stringify(result.statusCodeStats)} in ${result.duration} s; RSS at most ${Math.max(...samples).toFixed(0)} MB, ` +
          `${Math.min(...settled).toFixed(0)} to ${Math.max(...settled).toFixed(0)} MB over the second half, ${rssMb(pid).toFixed(0)} MB at the end`,
      );
      expect(result.statusCodeStats?.["200"]?.count ?? 0).toBeGreaterThanOrEqual(REQUESTS * 0.95);
      expect(Math.max(...settled)).toBeLessThanOrEqual(RSS_BOUND_MB);
      expect(rssMb(pid)).toBeLessThanOrEqual(RSS_BOUND_MB);
    } finally {
      server.kill("SIGTERM");
      await server.exited;
      removeFolder(blog.dir);
    }
  });
});
