-- Counters and listing indexes (see prisma/migrations/20261125130000_counters_and_listing_indexes).
ALTER TABLE "Article" ADD COLUMN "commentCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Category" ADD COLUMN "articleCount" INTEGER NOT NULL DEFAULT 0;

DROP INDEX IF EXISTS "Article_publishedAt_idx";
DROP INDEX IF EXISTS "Article_authorId_idx";
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");
CREATE INDEX "Article_authorId_publishedAt_id_idx" ON "Article"("authorId", "publishedAt", "id");

-- Counters, kept in the same transaction as the rows they count. Statement triggers with
-- transition tables: a batch of a million comments updates each article once, not once a row.
CREATE OR REPLACE FUNCTION fastblog_count_comments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "Article" a SET "commentCount" = a."commentCount" - n.count
    FROM (SELECT "articleId", COUNT(*) AS count FROM old_rows GROUP BY "articleId") n WHERE a."id" = n."articleId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Article" a SET "commentCount" = a."commentCount" + n.count
    FROM (SELECT "articleId", COUNT(*) AS count FROM new_rows GROUP BY "articleId") n WHERE a."id" = n."articleId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Comment_commentCount_insert" AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_comments();
CREATE TRIGGER "Comment_commentCount_delete" AFTER DELETE ON "Comment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_comments();
CREATE TRIGGER "Comment_commentCount_update" AFTER UPDATE ON "Comment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_comments();

CREATE OR REPLACE FUNCTION fastblog_count_category_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE "Category" c SET "articleCount" = c."articleCount" - n.count
    FROM (SELECT "B", COUNT(*) AS count FROM old_rows GROUP BY "B") n WHERE c."id" = n."B";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Category" c SET "articleCount" = c."articleCount" + n.count
    FROM (SELECT "B", COUNT(*) AS count FROM new_rows GROUP BY "B") n WHERE c."id" = n."B";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ArticleToCategory_articleCount_insert" AFTER INSERT ON "_ArticleToCategory"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_category_articles();
CREATE TRIGGER "ArticleToCategory_articleCount_delete" AFTER DELETE ON "_ArticleToCategory"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_category_articles();
CREATE TRIGGER "ArticleToCategory_articleCount_update" AFTER UPDATE ON "_ArticleToCategory"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fastblog_count_category_articles();

-- The rows already there.
UPDATE "Article" a SET "commentCount" = (SELECT COUNT(*) FROM "Comment" c WHERE c."articleId" = a."id");
UPDATE "Category" g SET "articleCount" = (SELECT COUNT(*) FROM "_ArticleToCategory" l WHERE l."B" = g."id");
