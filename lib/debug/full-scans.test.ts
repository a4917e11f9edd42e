import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { explainStatement, findFullScans, hasLimit, isRead, postgresExplainLines, sqliteExplainLines, startsAtThePage } from "./full-scans";

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

describe("sqliteExplainLines", () => {
  it("should indent each step under its parent", () => {
    const lines = sqliteExplainLines([
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

describe("postgresExplainLines", () => {
  it("should read the QUERY PLAN column", () => {
    assert.deepEqual(postgresExplainLines([{ "QUERY PLAN": "Limit  (cost=0.15..8.17 rows=1 width=132)" }]), [
      "Limit  (cost=0.15..8.17 rows=1 width=132)",
    ]);
  });
});

describe("findFullScans", () => {
  const sqlite = (sql: string, plan: string[], args: unknown[] = []) => findFullScans("sqlite", sql, plan, args);
  const postgres = (sql: string, plan: string[], args: unknown[] = []) => findFullScans("postgresql", sql, plan, args);

  it("should flag a SQLite scan of a growing table without an index", () => {
    assert.deepEqual(sqlite("SELECT * FROM `main`.`Comment`", ["SCAN main.Comment"]), ["Comment"]);
    assert.deepEqual(sqlite("SELECT * FROM Article", ["SCAN TABLE Article"]), ["Article"]);
  });

  it("should not flag the outer scan a LIMIT stops, a search, or a scan of a small table", () => {
    assert.deepEqual(sqlite(LISTING, ["SCAN main.Article USING INDEX Article_publishedAt_idx"], [11, 0]), []);
    assert.deepEqual(
      sqlite("SELECT * FROM `main`.`Comment` WHERE articleId = ?", ["SEARCH main.Comment USING INDEX Comment_articleId_idx (articleId=?)"]),
      [],
    );
    assert.deepEqual(sqlite("SELECT * FROM `main`.`Author`", ["SCAN main.Author", "SCAN main.Category"]), []);
  });

  it("should flag a whole index read without a LIMIT, or under a sort that needs every row", () => {
    assert.deepEqual(sqlite("SELECT COUNT(*) FROM `main`.`Comment`", ["SCAN main.Comment USING COVERING INDEX Comment_articleId_idx"]), [
      "Comment",
    ]);
    assert.deepEqual(
      sqlite("SELECT * FROM `main`.`Article` WHERE `authorId` = ? ORDER BY `title` LIMIT ?", [
        "SCAN main.Article USING INDEX Article_authorId_idx",
        "USE TEMP B-TREE FOR ORDER BY",
      ]),
      ["Article"],
    );
  });

  it("should resolve the aliases SQLite names tables by", () => {
    assert.deepEqual(
      sqlite(CATEGORIES, [
        "SCAN main.Category",
        "CORRELATED SCALAR SUBQUERY 1",
        "  SCAN t0",
        "  SEARCH j0 USING INTEGER PRIMARY KEY (rowid=?)",
      ]),
      ["_ArticleToCategory"],
    );
    assert.deepEqual(sqlite(CATEGORIES, ["  SEARCH t0 USING COVERING INDEX _ArticleToCategory_AB_unique (A=? AND B=?)"]), []);
  });

  it("should flag the table a materialized aggregate reads whole, not the aggregate named after it", () => {
    const sql =
      "SELECT 1 FROM `main`.`Article` LEFT JOIN (SELECT `articleId`, COUNT(*) FROM `main`.`Comment` GROUP BY `articleId`) AS `aggr_selection_0_Comment` ON 1=1 LIMIT ?";
    const plan = [
      "MATERIALIZE aggr_selection_0_Comment",
      "  SCAN main.Comment USING COVERING INDEX Comment_articleId_idx",
      "SCAN main.Article USING INDEX Article_publishedAt_idx",
      "SEARCH aggr_selection_0_Comment USING AUTOMATIC COVERING INDEX (articleId=?) LEFT-JOIN",
    ];
    assert.deepEqual(sqlite(sql, plan, [11]), ["Comment"]);
  });

  it("should flag PostgreSQL's sequential scans of growing tables, each table once", () => {
    const plan = [
      "Hash Join  (cost=23.48..41.56 rows=11 width=100)",
      '  ->  Seq Scan on "Comment" t0  (cost=0.00..16.30 rows=630 width=100)',
      '  ->  Parallel Seq Scan on "_ArticleToCategory" t1  (cost=0.00..16.30 rows=630 width=8)',
      '  ->  Seq Scan on "Comment" t2  (cost=0.00..16.30 rows=630 width=100)',
    ];
    assert.deepEqual(postgres('SELECT 1 FROM "public"."Comment" AS "t0"', plan), ["Comment", "_ArticleToCategory"]);
  });

  it("should not flag PostgreSQL's index range scans, the outer scan a Limit stops, or small tables", () => {
    const plan = [
      "Limit  (cost=0.15..2.35 rows=11 width=144)",
      '  ->  Index Scan Backward using "Article_publishedAt_idx" on "Article" t0  (cost=0.15..205.95 rows=1720 width=144)',
      '        ->  Bitmap Heap Scan on "Comment" t10  (cost=4.46..50.67 rows=23 width=0)',
      '              Recheck Cond: ("articleId" = t0.id)',
      '        ->  Index Only Scan using "Article_pkey" on "Article" j1  (cost=0.15..8.17 rows=1 width=4)',
      "              Index Cond: (id = t0.id)",
      '        ->  Seq Scan on "Category" t5  (cost=0.00..17.88 rows=630 width=68)',
    ];
    assert.deepEqual(postgres('SELECT 1 FROM "public"."Article" AS "t0" LIMIT $1 OFFSET $2', plan, [11, 0]), []);
  });

  it("should flag a PostgreSQL index scan with no condition under a sort", () => {
    const plan = [
      "Limit  (cost=10.15..12.35 rows=11 width=144)",
      "  ->  Sort  (cost=10.15..12.35 rows=1720 width=144)",
      '        ->  Index Only Scan using "Comment_articleId_idx" on "Comment"  (cost=0.15..205.95 rows=1720 width=4)',
    ];
    assert.deepEqual(postgres('SELECT 1 FROM "public"."Comment" LIMIT $1', plan, [11]), ["Comment"]);
  });
});

describe("hasLimit", () => {
  it("should read the bound limit Prisma writes, where -1 means none", () => {
    assert.equal(hasLimit(LISTING, [11, 0]), true);
    assert.equal(hasLimit(LISTING, [-1, 0]), false);
    assert.equal(hasLimit("SELECT 1 FROM t WHERE a = ? LIMIT ?", ["x", 4]), true);
    assert.equal(hasLimit("SELECT 1 FROM t WHERE a = $1 LIMIT $2 OFFSET $3", ["x", 4, 0]), true);
    assert.equal(hasLimit("SELECT 1 FROM t LIMIT 10", []), true);
    assert.equal(hasLimit("SELECT 1 FROM t", []), false);
  });

  it("should flag a scan whose statement has no real limit", () => {
    assert.deepEqual(findFullScans("sqlite", LISTING, ["SCAN main.Article"], [-1, 0]), ["Article"]);
  });
});

describe("startsAtThePage", () => {
  const KEYSET =
    "SELECT `main`.`Article`.`id` FROM `main`.`Article` WHERE (`main`.`Article`.`publishedAt` < ? OR (`main`.`Article`.`publishedAt` = ? AND `main`.`Article`.`id` < ?)) ORDER BY `main`.`Article`.`publishedAt` DESC LIMIT ? OFFSET ?";

  it("should take a first page: no offset, no range", () => {
    assert.equal(startsAtThePage(LISTING, [11, 0]), true);
    assert.equal(startsAtThePage("SELECT 1 FROM t WHERE a <> ? LIMIT 10", ["x"]), true);
    assert.equal(startsAtThePage("SELECT 1 FROM t LIMIT $1 OFFSET $2", [11, 0]), true);
  });

  it("should refuse an offset, bound or literal, and a range condition", () => {
    assert.equal(startsAtThePage(LISTING, [11, 19_990]), false);
    assert.equal(startsAtThePage("SELECT 1 FROM t LIMIT 10 OFFSET 40", []), false);
    assert.equal(startsAtThePage("SELECT 1 FROM t WHERE a >= $1 LIMIT $2 OFFSET $3", [1, 11, 0]), false);
    assert.equal(startsAtThePage(KEYSET, [1, 1, 7, 11, 0]), false);
  });

  it("should flag a keyset page that scans from the newest row down to its cursor, not one that seeks to it", () => {
    const args = [1_490_265_856_750, 1_490_265_856_750, 19_990, 11, 0];
    assert.deepEqual(findFullScans("sqlite", KEYSET, ["SCAN main.Article USING INDEX Article_publishedAt_id_idx"], args), ["Article"]);
    assert.deepEqual(
      findFullScans("sqlite", KEYSET, ["SEARCH main.Article USING INDEX Article_publishedAt_id_idx (publishedAt<?)"], args),
      [],
    );
  });

  it("should flag the scan an offset walks", () => {
    assert.deepEqual(findFullScans("sqlite", LISTING, ["SCAN main.Article USING INDEX Article_publishedAt_idx"], [51, 19_950]), [
      "Article",
    ]);
  });
});

describe("findFullScans on PostgreSQL's relation joins", () => {
  it("should not flag the outer scan a Limit stops, whatever lateral aggregates sit beside it", () => {
    const plan = [
      "Limit  (cost=0.29..150.31 rows=11 width=200)",
      "  ->  Nested Loop Left Join  (cost=0.29..28720.50 rows=2100 width=200)",
      '        ->  Index Scan Backward using "Article_publishedAt_id_idx" on "Article" t0  (cost=0.29..300.79 rows=2100 width=150)',
      "        ->  Aggregate  (cost=13.50..13.51 rows=1 width=32)",
      "              ->  Nested Loop  (cost=0.29..13.45 rows=2 width=46)",
      '                    ->  Index Only Scan using "_ArticleToCategory_AB_pkey" on "_ArticleToCategory" t4  (cost=0.29..4.33 rows=2 width=4)',
      '                          Index Cond: ("A" = t0.id)',
      '                    ->  Seq Scan on "Category" t5  (cost=0.00..7.50 rows=40 width=46)',
    ];
    assert.deepEqual(findFullScans("postgresql", 'SELECT 1 FROM "public"."Article" AS "t0" LIMIT $1 OFFSET $2', plan, [11, 0]), []);
  });

  it("should flag the outer scan when a sort above it needs every row", () => {
    const plan = [
      "Limit  (cost=500.00..500.03 rows=11 width=200)",
      "  ->  Sort  (cost=500.00..505.25 rows=2100 width=200)",
      '        ->  Seq Scan on "Article" t0  (cost=0.00..300.00 rows=2100 width=150)',
    ];
    assert.deepEqual(findFullScans("postgresql", 'SELECT 1 FROM "public"."Article" AS "t0" LIMIT $1', plan, [11]), ["Article"]);
  });
});

describe("findFullScans on a deferred join's ids, the typed deep page", () => {
  // Real plans at scale 100 (21,000 articles), PostgreSQL's after the seed's VACUUM ANALYZE.
  const ids = (condition: string, limit: string, offset: string) =>
    `SELECT a."id" FROM "Article" AS a WHERE ${condition} ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${limit} OFFSET ${offset}`;
  const inCategory = (p: string) => `${p} IN (SELECT l."B" FROM "_ArticleToCategory" AS l WHERE l."A" = a."id")`;

  it("should not flag PostgreSQL's index-only walk past the rows before page 2,000: index entries, no table rows", () => {
    const plan = [
      "Limit  (cost=886.51..887.00 rows=11 width=12)",
      '  ->  Index Only Scan Backward using "Article_publishedAt_id_idx" on "Article" a  (cost=0.29..931.29 rows=21000 width=12)',
    ];
    assert.deepEqual(findFullScans("postgresql", ids("TRUE", "$1", "$2"), plan, [11, 19_990]), []);
  });

  it("should not flag a category's ids on PostgreSQL, walked along the index with a probe of the link table's key each", () => {
    const plan = [
      "Limit  (cost=4666.82..4718.67 rows=11 width=12)",
      '  ->  Index Only Scan Backward using "Article_publishedAt_id_idx" on "Article" a  (cost=0.29..49493.79 rows=10500 width=12)',
      "        Filter: (SubPlan 1)",
      "        SubPlan 1",
      '          ->  Index Only Scan using "_ArticleToCategory_AB_pkey" on "_ArticleToCategory" l  (cost=0.29..4.32 rows=2 width=4)',
      '                Index Cond: ("A" = a.id)',
    ];
    assert.deepEqual(findFullScans("postgresql", ids(inCategory("$1"), "$2", "$3"), plan, [1, 11, 990]), []);
  });

  it("should flag the same walk on PostgreSQL when it reads table rows: today's offset, a sequential scan and a sort, or an index scan", () => {
    const sql =
      'SELECT "t0"."id", "t0"."slug", "t0"."title" FROM "public"."Article" AS "t0" WHERE 1=1 ORDER BY "t0"."publishedAt" DESC, "t0"."id" DESC LIMIT $1 OFFSET $2';
    const atScale100 = [
      "Limit  (cost=10172.24..10172.36 rows=1 width=286)",
      "  ->  Gather Merge  (cost=8130.43..10172.24 rows=17500 width=286)",
      "        Workers Planned: 2",
      "        ->  Sort  (cost=7130.41..7152.28 rows=8750 width=286)",
      '              Sort Key: "publishedAt" DESC, id DESC',
      '              ->  Parallel Seq Scan on "Article" t0  (cost=0.00..6557.50 rows=8750 width=286)',
    ];
    const atScale1000 = [
      "Limit  (cost=15034.84..15043.11 rows=11 width=287)",
      '  ->  Index Scan Backward using "Article_publishedAt_id_idx" on "Article" t0  (cost=0.42..157940.78 rows=210000 width=287)',
    ];
    assert.deepEqual(findFullScans("postgresql", sql, atScale100, [11, 19_990]), ["Article"]);
    assert.deepEqual(findFullScans("postgresql", sql, atScale1000, [11, 19_990]), ["Article"]);
  });

  it("should flag a whole index read on PostgreSQL: Prisma's category EXISTS, hashed and sorted", () => {
    const sql =
      'SELECT "t0"."id" FROM "public"."Article" AS "t0" WHERE EXISTS(SELECT "t1"."A" FROM "public"."_ArticleToCategory" AS "t1" INNER JOIN "public"."Category" AS "j1" ON ("j1"."id") = ("t1"."B") WHERE ("j1"."id" = $1 AND ("t0"."id") = ("t1"."A") AND "t1"."A" IS NOT NULL)) ORDER BY "t0"."publishedAt" DESC, "t0"."id" DESC LIMIT $2 OFFSET $3';
    const plan = [
      "Limit  (cost=1605.38..1605.41 rows=11 width=12)",
      "  ->  Sort  (cost=1602.90..1612.23 rows=3729 width=12)",
      '        Sort Key: t0."publishedAt" DESC, t0.id DESC',
      "        ->  Hash Semi Join  (cost=366.15..1398.42 rows=3729 width=12)",
      '              Hash Cond: (t0.id = t1."A")',
      '              ->  Index Only Scan Backward using "Article_publishedAt_id_idx" on "Article" t0  (cost=0.29..931.29 rows=21000 width=12)',
      "              ->  Hash  (cost=319.25..319.25 rows=3729 width=4)",
      "                    ->  Nested Loop  (cost=45.33..319.25 rows=3729 width=4)",
      '                          ->  Index Only Scan using "Category_pkey" on "Category" j1  (cost=0.14..4.16 rows=1 width=4)',
      "                                Index Cond: (id = 1)",
      '                          ->  Bitmap Heap Scan on "_ArticleToCategory" t1  (cost=45.19..277.80 rows=3729 width=8)',
      '                                Recheck Cond: ("B" = 1)',
      '                                Filter: ("A" IS NOT NULL)',
      '                                ->  Bitmap Index Scan on "_ArticleToCategory_B_index"  (cost=0.00..44.26 rows=3729 width=0)',
      '                                      Index Cond: ("B" = 1)',
    ];
    assert.deepEqual(findFullScans("postgresql", sql, plan, [1, 11, 990]), ["Article"]);
  });

  it("should not flag SQLite's walk along a covering index past the rows before the page, for all articles and for a category", () => {
    assert.deepEqual(
      findFullScans("sqlite", ids("TRUE", "?", "?"), ["SCAN a USING COVERING INDEX Article_publishedAt_id_idx"], [11, 19_990]),
      [],
    );
    const category = [
      "SCAN a USING COVERING INDEX Article_publishedAt_id_idx",
      "CORRELATED LIST SUBQUERY 1",
      "  SEARCH l USING COVERING INDEX _ArticleToCategory_AB_unique (A=?)",
    ];
    assert.deepEqual(findFullScans("sqlite", ids(inCategory("?"), "?", "?"), category, [1, 11, 990]), []);
  });

  it("should flag SQLite's covering index walk without a real limit, and the walk that reads table rows", () => {
    const covering = ["SCAN a USING COVERING INDEX Article_publishedAt_id_idx"];
    assert.deepEqual(findFullScans("sqlite", ids("TRUE", "?", "?"), covering, [-1, 19_990]), ["Article"]);
    assert.deepEqual(findFullScans("sqlite", LISTING, ["SCAN main.Article USING INDEX Article_publishedAt_id_idx"], [11, 19_990]), [
      "Article",
    ]);
  });
});
