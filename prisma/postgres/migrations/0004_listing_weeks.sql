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

-- Kept in the same transaction as the articles and their category links, whoever writes. Inserts
-- and updates are statement triggers with transition tables, as the counters are: a batch of
-- articles updates each week once. A changed article leaves its old weeks and joins its new ones;
-- an update that moves nothing (a comment count, a title) changes no week.
CREATE OR REPLACE FUNCTION fastblog_count_article_weeks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
    SELECT w."listing", w."ownerId", w."endsAt", COUNT(*) FROM (
      SELECT 'all' AS "listing", 0 AS "ownerId", fastblog_week_end(n."publishedAt") AS "endsAt" FROM new_rows n
      UNION ALL SELECT 'author', n."authorId", fastblog_week_end(n."publishedAt") FROM new_rows n
    ) w GROUP BY 1, 2, 3
    ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "ListingWeek"."articles" + EXCLUDED."articles";
  ELSE
    INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
    SELECT w."listing", w."ownerId", w."endsAt", SUM(w."change") FROM (
      WITH moved AS (
        SELECT o."id", o."publishedAt" AS "wasAt", o."authorId" AS "wasBy", n."publishedAt" AS "isAt", n."authorId" AS "isBy"
        FROM old_rows o JOIN new_rows n ON n."id" = o."id"
        WHERE (o."publishedAt", o."authorId") IS DISTINCT FROM (n."publishedAt", n."authorId")
      )
      SELECT 'all' AS "listing", 0 AS "ownerId", fastblog_week_end(m."wasAt") AS "endsAt", -1 AS "change" FROM moved m
      UNION ALL SELECT 'author', m."wasBy", fastblog_week_end(m."wasAt"), -1 FROM moved m
      UNION ALL SELECT 'category', l."B", fastblog_week_end(m."wasAt"), -1 FROM moved m JOIN "_ArticleToCategory" l ON l."A" = m."id"
      UNION ALL SELECT 'all', 0, fastblog_week_end(m."isAt"), 1 FROM moved m
      UNION ALL SELECT 'author', m."isBy", fastblog_week_end(m."isAt"), 1 FROM moved m
      UNION ALL SELECT 'category', l."B", fastblog_week_end(m."isAt"), 1 FROM moved m JOIN "_ArticleToCategory" l ON l."A" = m."id"
    ) w GROUP BY 1, 2, 3 HAVING SUM(w."change") <> 0
    ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "ListingWeek"."articles" + EXCLUDED."articles";
  END IF;
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
CREATE TRIGGER "Article_listingWeek_update" AFTER UPDATE ON "Article"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_article_weeks();
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
