-- How many articles each listing has in each week (see prisma/migrations/20261203120000_listing_weeks).
CREATE TABLE "ListingWeek" (
    "listing" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "ListingWeek_pkey" PRIMARY KEY ("listing","ownerId","endsAt")
);

-- Where the week of `t` ends: the first instant of the next, weeks being seven-day spans counted
-- from 1970-01-01 UTC (timestamps here are UTC, as Prisma writes them).
CREATE OR REPLACE FUNCTION fastblog_week_end(t timestamp) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_timestamp((floor(extract(epoch FROM t) / 604800) + 1) * 604800) AT TIME ZONE 'UTC' $$;

-- Kept in the same transaction as the articles and their category links, whoever writes. New
-- articles are counted by a statement trigger with a transition table, as the counters are: a
-- batch of articles updates each week once.
CREATE OR REPLACE FUNCTION fastblog_count_article_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
  SELECT w."listing", w."ownerId", w."endsAt", COUNT(*) FROM (
    SELECT 'all' AS "listing", 0 AS "ownerId", fastblog_week_end(n."publishedAt") AS "endsAt" FROM new_rows n
    UNION ALL SELECT 'author', n."authorId", fastblog_week_end(n."publishedAt") FROM new_rows n
  ) w GROUP BY 1, 2, 3
  ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "ListingWeek"."articles" + EXCLUDED."articles";
  RETURN NULL;
END $$;

-- A moved article (another week, another author) leaves its old weeks and joins its new ones, a
-- row at a time: a trigger that names its columns fires only on an UPDATE that sets them, so the
-- comment counter's updates of "commentCount" pay nothing. PostgreSQL allows no transition table
-- on such a trigger.
CREATE OR REPLACE FUNCTION fastblog_move_article_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD."publishedAt", OLD."authorId") IS NOT DISTINCT FROM (NEW."publishedAt", NEW."authorId") THEN
    RETURN NULL;
  END IF;
  INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
  SELECT w."listing", w."ownerId", w."endsAt", SUM(w."change") FROM (
    SELECT 'all' AS "listing", 0 AS "ownerId", fastblog_week_end(OLD."publishedAt") AS "endsAt", -1 AS "change"
    UNION ALL SELECT 'author', OLD."authorId", fastblog_week_end(OLD."publishedAt"), -1
    UNION ALL SELECT 'category', l."B", fastblog_week_end(OLD."publishedAt"), -1 FROM "_ArticleToCategory" l WHERE l."A" = OLD."id"
    UNION ALL SELECT 'all', 0, fastblog_week_end(NEW."publishedAt"), 1
    UNION ALL SELECT 'author', NEW."authorId", fastblog_week_end(NEW."publishedAt"), 1
    UNION ALL SELECT 'category', l."B", fastblog_week_end(NEW."publishedAt"), 1 FROM "_ArticleToCategory" l WHERE l."A" = NEW."id"
  ) w GROUP BY 1, 2, 3 HAVING SUM(w."change") <> 0
  ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "ListingWeek"."articles" + EXCLUDED."articles";
  RETURN NULL;
END $$;

-- A deleted article leaves its weeks before it goes, a row at a time: its category links are
-- deleted with it (ON DELETE CASCADE), and afterwards neither they nor its "publishedAt" can be
-- read together. The links' own delete trigger then finds no article and changes nothing.
CREATE OR REPLACE FUNCTION fastblog_uncount_article_week() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ListingWeek" SET "articles" = "articles" - 1
  WHERE "endsAt" = fastblog_week_end(OLD."publishedAt")
    AND (("listing" = 'all' AND "ownerId" = 0)
      OR ("listing" = 'author' AND "ownerId" = OLD."authorId")
      OR ("listing" = 'category' AND "ownerId" IN (SELECT l."B" FROM "_ArticleToCategory" l WHERE l."A" = OLD."id")));
  RETURN OLD;
END $$;

-- A link counts in its category's week of its article. Only the transition tables a trigger
-- declares exist, so each statement reads the ones its operation has.
CREATE OR REPLACE FUNCTION fastblog_count_category_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
    SELECT 'category', o."B", fastblog_week_end(a."publishedAt"), -COUNT(*)
    FROM old_rows o JOIN "Article" a ON a."id" = o."A" GROUP BY 1, 2, 3
    ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "ListingWeek"."articles" + EXCLUDED."articles";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
    SELECT 'category', n."B", fastblog_week_end(a."publishedAt"), COUNT(*)
    FROM new_rows n JOIN "Article" a ON a."id" = n."A" GROUP BY 1, 2, 3
    ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "ListingWeek"."articles" + EXCLUDED."articles";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_listingWeek_insert" AFTER INSERT ON "Article"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_article_weeks();
CREATE TRIGGER "Article_listingWeek_move" AFTER UPDATE OF "publishedAt", "authorId" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION fastblog_move_article_weeks();
CREATE TRIGGER "Article_listingWeek_delete" BEFORE DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION fastblog_uncount_article_week();
CREATE TRIGGER "ArticleToCategory_listingWeek_insert" AFTER INSERT ON "_ArticleToCategory"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_category_weeks();
CREATE TRIGGER "ArticleToCategory_listingWeek_delete" AFTER DELETE ON "_ArticleToCategory"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_category_weeks();
CREATE TRIGGER "ArticleToCategory_listingWeek_update" AFTER UPDATE ON "_ArticleToCategory"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_category_weeks();

-- The rows already there.
INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
SELECT w."listing", w."ownerId", fastblog_week_end(w."at"), COUNT(*) FROM (
  SELECT 'all' AS "listing", 0 AS "ownerId", a."publishedAt" AS "at" FROM "Article" a
  UNION ALL SELECT 'author', a."authorId", a."publishedAt" FROM "Article" a
  UNION ALL SELECT 'category', l."B", a."publishedAt" FROM "_ArticleToCategory" l JOIN "Article" a ON a."id" = l."A"
) w GROUP BY 1, 2, 3;
