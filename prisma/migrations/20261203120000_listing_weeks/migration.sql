-- CreateTable
CREATE TABLE "ListingWeek" (
    "listing" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "articles" INTEGER NOT NULL,

    PRIMARY KEY ("listing", "ownerId", "endsAt")
);

-- How many articles each listing has in each week, kept in the same transaction as the articles
-- and their category links, whoever writes: a page number typed without a cursor counts weeks
-- here instead of walking every article before its page (lib/data/listings.ts).
--
-- A week ends at the first instant of the next: seven-day spans counted from 1970-01-01 UTC, in
-- the format the app writes DateTime in (2024-03-07T00:00:00.000+00:00), so that it compares
-- with "publishedAt" as text. Written out in each trigger below, as SQLite has no functions of
-- its own: the time in whole seconds `s`, the start of its week `s - (s mod 604800)` with a
-- remainder kept positive before 1970, plus a week. A week past 9999-12-31, which SQLite's dates
-- cannot write, ends at 9999-12-31T24:00, after any time of that day as text.
--
-- Every article counts in "all" and in its author's listing, and in a category's for each link.
-- A deleted article leaves its categories before its links go (BEFORE DELETE): by the time the
-- links are deleted with it, its "publishedAt" can no longer be read, and the links' own delete
-- trigger finds no article and changes nothing.
CREATE TRIGGER "Article_listingWeek_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
  VALUES
    ('all', 0, COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', NEW."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00'), 1),
    ('author', NEW."authorId", COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', NEW."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00'), 1)
  ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "articles" + 1;
END;
CREATE TRIGGER "Article_listingWeek_delete" BEFORE DELETE ON "Article" BEGIN
  UPDATE "ListingWeek" SET "articles" = "articles" - 1
  WHERE "endsAt" = COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', OLD."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00')
    AND (("listing" = 'all' AND "ownerId" = 0)
      OR ("listing" = 'author' AND "ownerId" = OLD."authorId")
      OR ("listing" = 'category' AND "ownerId" IN (SELECT "B" FROM "_ArticleToCategory" WHERE "A" = OLD."id")));
END;
CREATE TRIGGER "Article_listingWeek_move" AFTER UPDATE OF "publishedAt", "authorId" ON "Article" BEGIN
  UPDATE "ListingWeek" SET "articles" = "articles" - 1
  WHERE "endsAt" = COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', OLD."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00')
    AND (("listing" = 'all' AND "ownerId" = 0)
      OR ("listing" = 'author' AND "ownerId" = OLD."authorId")
      OR ("listing" = 'category' AND "ownerId" IN (SELECT "B" FROM "_ArticleToCategory" WHERE "A" = OLD."id")));
  INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
  SELECT "listing", "ownerId", COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', NEW."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00'), 1
  FROM (SELECT 'all' AS "listing", 0 AS "ownerId"
        UNION ALL SELECT 'author', NEW."authorId"
        UNION ALL SELECT 'category', "B" FROM "_ArticleToCategory" WHERE "A" = NEW."id")
  WHERE TRUE
  ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "articles" + 1;
END;
CREATE TRIGGER "ArticleToCategory_listingWeek_insert" AFTER INSERT ON "_ArticleToCategory" BEGIN
  INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
  SELECT 'category', NEW."B", COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', a."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00'), 1
  FROM "Article" AS a WHERE a."id" = NEW."A"
  ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "articles" + 1;
END;
CREATE TRIGGER "ArticleToCategory_listingWeek_delete" AFTER DELETE ON "_ArticleToCategory" BEGIN
  UPDATE "ListingWeek" SET "articles" = "articles" - 1
  WHERE "listing" = 'category' AND "ownerId" = OLD."B" AND "endsAt" = (
    SELECT COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', a."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00')
    FROM "Article" AS a WHERE a."id" = OLD."A");
END;
CREATE TRIGGER "ArticleToCategory_listingWeek_move" AFTER UPDATE OF "A", "B" ON "_ArticleToCategory" BEGIN
  UPDATE "ListingWeek" SET "articles" = "articles" - 1
  WHERE "listing" = 'category' AND "ownerId" = OLD."B" AND "endsAt" = (
    SELECT COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', a."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00')
    FROM "Article" AS a WHERE a."id" = OLD."A");
  INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
  SELECT 'category', NEW."B", COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', a."publishedAt") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00'), 1
  FROM "Article" AS a WHERE a."id" = NEW."A"
  ON CONFLICT ("listing", "ownerId", "endsAt") DO UPDATE SET "articles" = "articles" + 1;
END;

-- The rows already there.
INSERT INTO "ListingWeek" ("listing", "ownerId", "endsAt", "articles")
SELECT "listing", "ownerId", COALESCE((SELECT strftime('%Y-%m-%dT%H:%M:%S.000+00:00', s - (s % 604800 + 604800) % 604800 + 604800, 'unixepoch') FROM (SELECT CAST(strftime('%s', "at") AS INTEGER) AS s)), '9999-12-31T24:00:00.000+00:00') AS "week", COUNT(*)
FROM (
  SELECT 'all' AS "listing", 0 AS "ownerId", a."publishedAt" AS "at" FROM "Article" AS a
  UNION ALL SELECT 'author', a."authorId", a."publishedAt" FROM "Article" AS a
  UNION ALL SELECT 'category', l."B", a."publishedAt" FROM "_ArticleToCategory" AS l JOIN "Article" AS a ON a."id" = l."A"
)
GROUP BY "listing", "ownerId", "week";
