import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DataModel } from "./data-model";
import { findFindings, statementShape, type TrackedStatement } from "./findings";
import type { PrismaCall } from "./query-record";

/** The blog's models, as the client's runtime data model gives them (the fields the findings look at). */
const DATA_MODEL: DataModel = {
  models: {
    Author: {
      fields: [
        { name: "id", kind: "scalar", type: "Int" },
        { name: "articles", kind: "object", type: "Article", relationName: "ArticleToAuthor" },
      ],
    },
    Category: {
      fields: [
        { name: "id", kind: "scalar", type: "Int" },
        { name: "articles", kind: "object", type: "Article", relationName: "ArticleToCategory" },
        { name: "articleCount", kind: "scalar", type: "Int" },
      ],
    },
    Article: {
      fields: [
        { name: "id", kind: "scalar", type: "Int" },
        { name: "authorId", kind: "scalar", type: "Int" },
        { name: "author", kind: "object", type: "Author", relationName: "ArticleToAuthor" },
        { name: "categories", kind: "object", type: "Category", relationName: "ArticleToCategory" },
        { name: "comments", kind: "object", type: "Comment", relationName: "ArticleToComment" },
        { name: "commentCount", kind: "scalar", type: "Int" },
      ],
    },
    Comment: {
      fields: [
        { name: "id", kind: "scalar", type: "Int" },
        { name: "articleId", kind: "scalar", type: "Int" },
        { name: "article", kind: "object", type: "Article", relationName: "ArticleToComment" },
      ],
    },
  },
};

let ids = 0;
function call(
  model: string | null,
  operation: string,
  args: unknown,
  usage: Partial<PrismaCall["usage"]> = {},
  relations: string[] = [],
): PrismaCall {
  ids += 1;
  const base = { rows: 1, ids: [], lengthRead: false, rowsRead: true, relationsRead: new Set<string>() };
  return { id: ids, model, operation, args, frames: [], relations, dataModel: DATA_MODEL, usage: { ...base, ...usage } };
}

function statement(sql: string, params: unknown[], callSite: string | null, made?: PrismaCall): TrackedStatement {
  return { sql, params: JSON.stringify(params), durationMs: 1, callSite, ...(made && { call: made }) };
}

const AUTHOR_BY_ID = "SELECT `Author`.`id` FROM `Author` WHERE `Author`.`id` = ? LIMIT ? OFFSET ?";
const find = (statements: TrackedStatement[], nPlusOne = 5) => findFindings(statements, { nPlusOne }, (t) => `lib/techniques/${t}.ts:10`);

/** `count` authors fetched one by one from `site`, as naive eager loading does for each listed article. */
function authorsOneByOne(count: number, site: string, first = 1): TrackedStatement[] {
  return Array.from({ length: count }, (_, i) =>
    statement(AUTHOR_BY_ID, [first + i, 1, 0], site, call("Author", "findUniqueOrThrow", { where: { id: first + i } })),
  );
}

describe("findings", () => {
  it("should name an N+1 from one line, its relation and the fix in Prisma's terms", () => {
    const [finding, ...rest] = find(authorsOneByOne(10, "lib/techniques/eager-loading.ts:49"));
    assert.equal(rest.length, 0);
    assert.equal(finding!.kind, "n-plus-one");
    assert.equal(finding!.count, 10);
    assert.equal(finding!.callSite, "lib/techniques/eager-loading.ts:49");
    assert.deepEqual(finding!.technique, { name: "eager-loading", fix: "lib/techniques/eager-loading.ts:10" });
    assert.match(finding!.suggestion, /^Author by id, once per Article\. .*`include: \{ author: true \}`/);
  });

  it("should find the same N+1 whatever order its statements ran in, other statements between them", () => {
    const interleaved = authorsOneByOne(6, "lib/a.ts:1").flatMap((s, i) => [s, statement(`SELECT ${i}`, [], "lib/b.ts:2")]);
    assert.deepEqual(
      find(interleaved).map((f) => [f.kind, f.count, f.callSite]),
      [["n-plus-one", 6, "lib/a.ts:1"]],
    );
  });

  it("should not call fewer runs than the threshold an N+1, and follow the threshold it is given", () => {
    assert.deepEqual(find(authorsOneByOne(4, "lib/a.ts:1")), []);
    assert.equal(find(authorsOneByOne(4, "lib/a.ts:1"), 4)[0]?.kind, "n-plus-one");
  });

  it("should count the same SQL from two lines apart: neither line is an N+1 below the threshold", () => {
    const statements = [...authorsOneByOne(3, "lib/a.ts:1"), ...authorsOneByOne(3, "lib/b.ts:9", 4)];
    assert.deepEqual(find(statements), []);
    assert.deepEqual(
      find([...authorsOneByOne(5, "lib/a.ts:1"), ...authorsOneByOne(5, "lib/b.ts:9", 6)]).map((f) => f.callSite),
      ["lib/a.ts:1", "lib/b.ts:9"],
    );
  });

  it("should leave transaction control out, and see the N+1 inside a transaction", () => {
    const inside = [statement("BEGIN", [], null), ...authorsOneByOne(5, "lib/a.ts:1"), statement("COMMIT", [], null)];
    assert.deepEqual(
      find(inside).map((f) => f.kind),
      ["n-plus-one"],
    );
  });

  it("should report exact repeats as one duplicate finding for their line, covering the repeats only", () => {
    const repeats = [1, 1, 1, 2, 2].map((id) =>
      statement(AUTHOR_BY_ID, [id, 1, 0], "lib/a.ts:1", call("Author", "findUnique", { where: { id } })),
    );
    const duplicates = find(repeats).filter((f) => f.kind === "duplicate");
    assert.deepEqual(
      duplicates.map((f) => [f.count, f.callSite]),
      [[3, "lib/a.ts:1"]],
    );
  });

  it("should see rows loaded only to be counted, and point at the count the database keeps", () => {
    const counted = call("Comment", "findMany", { where: { articleId: 7 } }, { rows: 3, lengthRead: true, rowsRead: false });
    const [finding] = find([statement("SELECT * FROM `Comment` WHERE `articleId` = ?", [7], "lib/techniques/counts.ts:31", counted)]);
    assert.equal(finding!.kind, "counter-cache");
    assert.match(finding!.suggestion, /`Article\.commentCount`/);
    const read = call("Comment", "findMany", { where: { articleId: 7 } }, { rows: 3, lengthRead: true, rowsRead: true });
    assert.deepEqual(find([statement("SELECT * FROM `Comment` WHERE `articleId` = ?", [7], "lib/x.ts:1", read)]), []);
  });

  it("should flag a findMany without take over a growing table, but not one pinned to one parent or over a small table", () => {
    const kinds = (made: PrismaCall) => find([statement("SELECT 1", [1], "lib/x.ts:1", made)]).map((f) => f.kind);
    assert.deepEqual(kinds(call("Article", "findMany", { where: { categories: { some: { id: 1 } } } })), ["unbounded"]);
    assert.deepEqual(kinds(call("Article", "findMany", { where: {}, take: 11 })), []);
    assert.deepEqual(kinds(call("Comment", "findMany", { where: { articleId: 3 } })), []);
    assert.deepEqual(kinds(call("Category", "findMany", {})), []);
  });

  it("should not flag a findMany that names its rows by id, a deferred join's rows, but one whose id is only a range", () => {
    const kinds = (made: PrismaCall) => find([statement("SELECT 1", [1], "lib/x.ts:1", made)]).map((f) => f.kind);
    assert.deepEqual(kinds(call("Article", "findMany", { where: { id: { in: [25, 24, 23] } } })), []);
    assert.deepEqual(kinds(call("Article", "findMany", { where: { id: { gt: 3 } } })), ["unbounded"]);
  });

  it("should flag a findFirst for a row a list already loaded, Django's .first() after a prefetch", () => {
    const list = call("Comment", "findMany", { where: { articleId: 3 } }, { rows: 2, ids: [8, 9] });
    const first = call("Comment", "findFirst", { where: { article: { slug: "a" } } }, { rows: 1, ids: [8] });
    const found = find([
      statement("SELECT list", [3], "lib/a.ts:1", list),
      statement("SELECT first", ["a"], "lib/techniques/first-item.ts:20", first),
    ]);
    assert.deepEqual(
      found.map((f) => [f.kind, f.callSite, f.technique.name]),
      [["repeated-first", "lib/techniques/first-item.ts:20", "first-item"]],
    );
    const unseen = call("Comment", "findFirst", {}, { rows: 1, ids: [99] });
    assert.deepEqual(find([statement("SELECT list", [3], "lib/a.ts:1", list), statement("SELECT first", [], "lib/b.ts:1", unseen)]), []);
  });

  it("should flag a relation loaded with the rows that nothing read", () => {
    const unread = call(
      "Article",
      "findMany",
      { take: 10, include: { author: true, comments: true } },
      { rows: 10, relationsRead: new Set(["author"]) },
      ["author", "comments"],
    );
    const [finding, ...rest] = find([statement("SELECT articles", [10], "lib/data/articles.ts:20", unread)]);
    assert.equal(rest.length, 0);
    assert.equal(finding!.kind, "unused-eager-load");
    assert.match(finding!.suggestion, /Article\.comments was loaded with the rows but never read/);
  });

  it("should make IN lists of any length one shape", () => {
    assert.equal(statementShape("SELECT * FROM a WHERE id IN (?,?,?) AND b IN ($1, $2)"), "SELECT * FROM a WHERE id IN (?) AND b IN (?)");
  });
});
