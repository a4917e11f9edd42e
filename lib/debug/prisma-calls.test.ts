import assert from "node:assert/strict";
import { after, describe, it } from "node:test";
import { createTestBlog, recordQueries } from "../../scripts/test/blog-fixture";

const blog = createTestBlog();
const { db } = await import("../db/client");
const { analyzeQueries } = await import("./analysis");

after(() => blog.remove());

const THIS_FILE = "lib/debug/prisma-calls.test.ts";
const ids = Array.from({ length: 8 }, (_, i) => i + 1);

/** The findings of `work`'s queries, as the server makes them once a page is complete. */
async function findingsOf(work: () => Promise<unknown>, nPlusOne = 5) {
  const { queries } = await recordQueries(work);
  return { queries, ...analyzeQueries(queries, { nPlusOne }) };
}

/** The line of this file that holds `text`. */
async function lineOf(text: string): Promise<string> {
  const { readFileSync } = await import("node:fs");
  const index = readFileSync(THIS_FILE, "utf8")
    .split("\n")
    .findIndex((line) => line.includes(text));
  return `${THIS_FILE}:${index + 1}`;
}

describe("the Prisma calls behind a request's queries", () => {
  it("should give each query the line that made it, through the lazy promise and the driver", async () => {
    const { sites } = await findingsOf(() => db.author.findMany({ where: { id: 1 } }) /* the one call */);
    assert.deepEqual(
      sites.map((s) => s.callSite),
      [await lineOf("/* the one call */")],
    );
  });

  it("should find an N+1 made one query after another", async () => {
    const { findings } = await findingsOf(async () => {
      for (const id of ids) await db.comment.findMany({ where: { articleId: id } }); // sequential
    });
    const [finding] = findings.filter((f) => f.kind === "n-plus-one");
    assert.equal(finding?.count, 8);
    assert.equal(finding?.callSite, await lineOf("// sequential"));
    assert.match(finding!.suggestion, /^Comment by articleId, once per Article/);
  });

  it("should find an N+1 made all at once, with Promise.all, each query keeping its own call", async () => {
    const { findings, queries } = await findingsOf(() => Promise.all(ids.map((id) => db.comment.findMany({ where: { articleId: id } })))); // concurrent
    assert.equal(new Set(queries.map((q) => q.call)).size, 8);
    const [finding] = findings.filter((f) => f.kind === "n-plus-one");
    assert.equal(finding?.count, 8);
    assert.equal(finding?.callSite, await lineOf("// concurrent"));
  });

  it("should not call fewer queries than the threshold an N+1", async () => {
    const { findings } = await findingsOf(async () => {
      for (const id of ids.slice(0, 4)) await db.comment.findMany({ where: { articleId: id } });
    });
    assert.deepEqual(
      findings.filter((f) => f.kind === "n-plus-one"),
      [],
    );
  });

  it("should keep two lines with the same SQL apart", async () => {
    const { findings } = await findingsOf(async () => {
      for (const id of ids.slice(0, 5)) await db.comment.findMany({ where: { articleId: id } }); // first line
      for (const id of ids.slice(3)) await db.comment.findMany({ where: { articleId: id } }); // second line
    });
    const sites = findings.filter((f) => f.kind === "n-plus-one").map((f) => f.callSite);
    assert.deepEqual(sites.sort(), [await lineOf("// first line"), await lineOf("// second line")].sort());
  });

  it("should see an N+1 inside an interactive transaction at the line inside it, and leave BEGIN and COMMIT out", async () => {
    const { findings } = await findingsOf(() =>
      db.$transaction(async (tx) => {
        for (const id of ids) await tx.comment.findMany({ where: { articleId: id } }); // in a transaction
      }),
    );
    assert.deepEqual(
      findings.map((f) => [f.kind, f.count, f.callSite]),
      [["n-plus-one", 8, await lineOf("// in a transaction")]],
    );
  });

  it("should see what the code read: rows only counted, a relation never read, a first row loaded twice", async () => {
    const counted = await findingsOf(async () => (await db.comment.findMany({ where: { articleId: 3 } })).length);
    assert.deepEqual(
      counted.findings.map((f) => f.kind),
      ["counter-cache"],
    );
    const unread = await findingsOf(async () => {
      const rows = await db.article.findMany({ take: 3, include: { author: true, comments: true } });
      return rows.map((row) => row.author.name);
    });
    assert.deepEqual(
      unread.findings.map((f) => [f.kind, /Article\.comments was loaded/.test(f.suggestion)]),
      [["unused-eager-load", true]],
    );
    const twice = await findingsOf(async () => {
      const comments = await db.comment.findMany({ where: { articleId: 3 }, orderBy: { id: "asc" } });
      const first = await db.comment.findFirst({ where: { articleId: 3 }, orderBy: { id: "asc" } });
      return [comments.map((c) => c.body), first?.body];
    });
    assert.deepEqual(
      twice.findings.map((f) => f.kind),
      ["repeated-first"],
    );
  });

  it("should track nothing for a request whose client may not see the panel", async () => {
    const { queries } = await recordQueries(() => db.author.findMany({ where: { id: 1 } }), { debug: false });
    assert.equal(queries.length, 1);
    assert.equal(queries[0]!.call, undefined);
  });
});
