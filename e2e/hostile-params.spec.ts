import { expect, test } from "@playwright/test";
import { MODE_COOKIE } from "../lib/contract/mode";
import { timedGet, type TimedAnswer } from "./hostile-client";
import { requirePostgres, seededPostgresBlog, type PostgresBlog } from "./postgres-support";
import { startServe } from "./server-process";

test.describe.configure({ mode: "serial", timeout: 600_000 });

/** The listings that read `?page=` and a cursor, and the three ways to reach their optimized pagination. */
const LISTINGS = ["/", "/categories/databases", "/authors/ada-lovelace"];
const MODES = [
  { name: "naive", cookie: "naive", query: "" },
  { name: "optimized", cookie: "optimized", query: "" },
  { name: "?techniques=pagination", cookie: "naive", query: "&techniques=pagination" },
];

/**
 * Cursor times around every edge: JavaScript's Date range (±8.64e15 ms), the years 0001 and
 * 9999 that a database stores, and plain ones; ids around PostgreSQL's int4. A time JavaScript
 * takes but a database cannot store, or an id past int4, must be a 400, never a 500.
 */
const TIMES = [
  "253402300800000", // 10000-01-01
  "253402300799999", // the last millisecond of 9999
  "999999999999999",
  "8640000000000000",
  "8640000000000001",
  "-62135596800000", // 0001-01-01
  "-62135596800001",
  "-62167219200001",
  "-8640000000000001",
  "1700000000000",
  "0",
  "-0",
  "01700000000000",
  "1.5e12",
];
const IDS = ["1", "2147483647", "2147483648", "9999999999", "0", "-1"];
const CURSORS = TIMES.flatMap((time) => IDS.map((id) => `${time}-${id}`));
const PAGES = ["2", "0", "-1", "01", "1e3", "99999999", "10000001", "2.5", "", "%00", "２", "9".repeat(400)];

/** Every hostile query of a listing: a page number alone, and page 2 with each cursor after or before it. */
function hostileQueries(): string[] {
  return [...PAGES.map((page) => `?page=${page}`), ...CURSORS.flatMap((cursor) => [`?page=2&after=${cursor}`, `?page=2&before=${cursor}`])];
}

type Answered = { path: string; mode: string; answer: TimedAnswer };

async function askEach(base: string, queries: string[]): Promise<Answered[]> {
  const answered: Answered[] = [];
  for (const listing of LISTINGS)
    for (const mode of MODES)
      for (const query of queries) {
        const path = `${listing}${query}${mode.query}`;
        answered.push({
          path,
          mode: mode.name,
          answer: await timedGet(base, path, { headers: { Cookie: `${MODE_COOKIE}=${mode.cookie}` } }),
        });
      }
  return answered;
}

function report(label: string, answered: Answered[]) {
  const failed = answered.filter(({ answer }) => answer.status >= 500).map(({ path, mode, answer }) => `${answer.status} ${mode} ${path}`);
  const slow = answered.filter(({ answer }) => answer.ms > 1000);
  const slowest = Math.max(...answered.map(({ answer }) => answer.ms));
  console.log(
    `${label}: ${answered.length} hostile parameters, ${failed.length} answered 5xx, ${slow.length} slower than 1 s (slowest ${slowest.toFixed(0)} ms)`,
  );
  return { failed, slowest };
}

/** A cursor whose time is outside the years 0001 to 9999, or whose id is past int4: refused with 400 and why. */
const OUT_OF_RANGE =
  /after=(253402300800000|999999999999999|-62135596800001|-62167219200001)-1&|after=1700000000000-(2147483648|9999999999)&/;

test.describe("hostile parameters", () => {
  test("should answer every hostile page and cursor with 200, 400 or 404, never 5xx, on SQLite", async ({ baseURL }) => {
    const answered = await askEach(baseURL!, hostileQueries());
    const { failed, slowest } = report("SQLite", answered);
    expect(failed).toEqual([]);
    expect(new Set(answered.map(({ answer }) => answer.status))).toEqual(new Set([200, 400, 404]));
    // Generous: a naive page on this shared machine can take a second by itself.
    expect(slowest).toBeLessThan(10_000);
    const outOfRange = answered.filter(({ path }) => OUT_OF_RANGE.test(`${path}&`));
    expect(outOfRange.length).toBeGreaterThanOrEqual(LISTINGS.length * MODES.length * 6);
    for (const { path, answer } of outOfRange) {
      expect(answer.status, path).toBe(400);
      expect(answer.body.toString(), path).toContain("out of range");
    }
  });

  test.describe("on PostgreSQL", () => {
    const bin = requirePostgres();
    let blog: PostgresBlog;
    let server: Awaited<ReturnType<typeof startServe>>;

    test.beforeAll(async () => {
      blog = await seededPostgresBlog(bin());
      server = await startServe(blog.env);
    });

    test.afterAll(async () => {
      server?.kill("SIGTERM");
      await server?.exited;
      blog?.remove();
    });

    test("should answer every hostile cursor with 200, 400 or 404, never 5xx, on PostgreSQL", async () => {
      const queries = CURSORS.flatMap((cursor) => [`?page=2&after=${cursor}`, `?page=2&before=${cursor}`]);
      const answered = await askEach(server.url, queries);
      const { failed, slowest } = report("PostgreSQL", answered);
      expect(failed).toEqual([]);
      expect(slowest).toBeLessThan(10_000);
    });
  });
});
