import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { explainStatement, findFullScans, isRead, postgresPlanLines, sqlitePlanLines } from "./query-plan";

const LISTING =
  "SELECT `main`.`Article`.`id` FROM `main`.`Article` WHERE 1=1 ORDER BY `main`.`Article`.`publishedAt` DESC LIMIT ? OFFSET ?";
const CATEGORIES =
  "SELECT `main`.`Category`.`id` FROM `main`.`Category` WHERE EXISTS(SELECT `t0`.`B` FROM `main`.`_ArticleToCategory` AS `t0` INNER JOIN `main`.`Article` AS `j0` ON (`j0`.`id`) = (`t0`.`A`) WHERE `j0`.`id` = ?)";

describe("isRead", () => {
  it("should take SELECT and WITH statements and refuse writes and several statements", () => {
    assert.equal(isRead(LISTING), true);
    assert.equal(isRead("  with x as (select 1) select * from x"), true);
    assert.equal(isRead("DELETE FROM `main`.`Comment` WHERE id = ?"), false);
    assert.equal(isRead("INSERT INTO `main`.`Comment` (id) VALUES (?)"), false);
    assert.equal(isRead("SELECT 1; DROP TABLE Article"), false);
    assert.equal(isRead("SELECTED"), false);
  });
});

describe("explainStatement", () => {
  it("should ask SQLite for its query plan and PostgreSQL for a plain EXPLAIN, never ANALYZE", () => {
    assert.equal(explainStatement("sqlite", "SELECT 1"), "EXPLAIN QUERY PLAN SELECT 1");
    assert.equal(explainStatement("postgresql", "SELECT 1"), "EXPLAIN SELECT 1");
  });
});

describe("sqlitePlanLines", () => {
  it("should indent each step under its parent", () => {
    const lines = sqlitePlanLines([
      { id: 9n, parent: 0n, detail: "SCAN main.Category" },
      { id: 12n, parent: 0n, detail: "CORRELATED SCALAR SUBQUERY 1" },
      { id: 18n, parent: 12n, detail: "SEARCH t0 USING COVERING INDEX _ArticleToCategory_AB_unique (A=? AND B=?)" },
      { id: 45n, parent: 0n, detail: "USE TEMP B-TREE FOR ORDER BY" },
    ]);
    assert.deepEqual(lines, [
      "SCAN main.Category",
      "CORRELATED SCALAR SUBQUERY 1",
      "  SEARCH t0 USING COVERING INDEX _ArticleToCategory_AB_unique (A=? AND B=?)",
      "USE TEMP B-TREE FOR ORDER BY",
    ]);
  });
});

describe("postgresPlanLines", () => {
  it("should read the QUERY PLAN column", () => {
    assert.deepEqual(postgresPlanLines([{ "QUERY PLAN": "Limit  (cost=0.15..8.17 rows=1 width=132)" }]), [
      "Limit  (cost=0.15..8.17 rows=1 width=132)",
    ]);
  });
});

describe("findFullScans", () => {
  it("should flag a SQLite scan of a growing table without an index", () => {
    assert.deepEqual(findFullScans("SELECT * FROM `main`.`Comment`", ["SCAN main.Comment"]), ["Comment"]);
    assert.deepEqual(findFullScans("SELECT * FROM Article", ["SCAN TABLE Article"]), ["Article"]);
  });

  it("should not flag a SQLite scan along an index, a search, or a scan of a small table", () => {
    assert.deepEqual(findFullScans(LISTING, ["SCAN main.Article USING INDEX Article_publishedAt_idx"]), []);
    assert.deepEqual(
      findFullScans("SELECT COUNT(*) FROM `main`.`Comment`", ["SCAN main.Comment USING COVERING INDEX Comment_articleId_idx"]),
      [],
    );
    assert.deepEqual(
      findFullScans("SELECT * FROM `main`.`Comment` WHERE articleId = ?", [
        "SEARCH main.Comment USING INDEX Comment_articleId_idx (articleId=?)",
      ]),
      [],
    );
    assert.deepEqual(findFullScans("SELECT * FROM `main`.`Author`", ["SCAN main.Author", "SCAN main.Category"]), []);
  });

  it("should resolve the aliases SQLite names tables by", () => {
    assert.deepEqual(
      findFullScans(CATEGORIES, [
        "SCAN main.Category",
        "CORRELATED SCALAR SUBQUERY 1",
        "  SCAN t0",
        "  SEARCH j0 USING INTEGER PRIMARY KEY (rowid=?)",
      ]),
      ["_ArticleToCategory"],
    );
    assert.deepEqual(findFullScans(CATEGORIES, ["  SEARCH t0 USING COVERING INDEX _ArticleToCategory_AB_unique (A=? AND B=?)"]), []);
  });

  it("should not take a materialized subquery named after a table for the table", () => {
    const sql =
      "SELECT 1 FROM `main`.`Article` LEFT JOIN (SELECT `articleId`, COUNT(*) FROM `main`.`Comment` GROUP BY `articleId`) AS `aggr_selection_0_Comment` ON 1=1";
    assert.deepEqual(
      findFullScans(sql, [
        "MATERIALIZE aggr_selection_0_Comment",
        "  SCAN main.Comment USING COVERING INDEX Comment_articleId_idx",
        "SCAN aggr_selection_0_Comment",
      ]),
      [],
    );
  });

  it("should flag PostgreSQL's sequential scans of growing tables, each table once", () => {
    const plan = [
      "Hash Join  (cost=23.48..41.56 rows=11 width=100)",
      '  ->  Seq Scan on "Comment" t0  (cost=0.00..16.30 rows=630 width=100)',
      '  ->  Parallel Seq Scan on "_ArticleToCategory" t1  (cost=0.00..16.30 rows=630 width=8)',
      '  ->  Seq Scan on "Comment" t2  (cost=0.00..16.30 rows=630 width=100)',
    ];
    assert.deepEqual(findFullScans('SELECT 1 FROM "public"."Comment" AS "t0"', plan), ["Comment", "_ArticleToCategory"]);
  });

  it("should not flag PostgreSQL's index scans or sequential scans of small tables", () => {
    const plan = [
      '->  Index Scan Backward using "Article_publishedAt_idx" on "Article" t0  (cost=0.15..205.95 rows=1720 width=144)',
      '->  Bitmap Heap Scan on "Comment" t10  (cost=4.46..50.67 rows=23 width=0)',
      '->  Index Only Scan using "Article_pkey" on "Article" j1  (cost=0.15..8.17 rows=1 width=4)',
      '->  Seq Scan on "Category" t5  (cost=0.00..17.88 rows=630 width=68)',
    ];
    assert.deepEqual(findFullScans('SELECT 1 FROM "public"."Article" AS "t0"', plan), []);
  });
});
