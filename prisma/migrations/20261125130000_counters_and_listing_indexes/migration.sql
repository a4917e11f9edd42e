-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "articleCount" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Category" ("description", "id", "name", "slug") SELECT "description", "id", "name", "slug" FROM "Category";
DROP TABLE "Category";
ALTER TABLE "new_Category" RENAME TO "Category";
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "cover" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "commentCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("authorId", "body", "cover", "excerpt", "id", "publishedAt", "slug", "title") SELECT "authorId", "body", "cover", "excerpt", "id", "publishedAt", "slug", "title" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");
CREATE INDEX "Article_authorId_publishedAt_id_idx" ON "Article"("authorId", "publishedAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Counters, kept in the same transaction as the rows they count: any insert, delete or move of
-- a comment or of an article–category link updates them, whoever writes (the seed, a reset,
-- a future comment form), so a listing reads a column instead of counting a table.
CREATE TRIGGER "Comment_commentCount_insert" AFTER INSERT ON "Comment" BEGIN
  UPDATE "Article" SET "commentCount" = "commentCount" + 1 WHERE "id" = NEW."articleId";
END;
CREATE TRIGGER "Comment_commentCount_delete" AFTER DELETE ON "Comment" BEGIN
  UPDATE "Article" SET "commentCount" = "commentCount" - 1 WHERE "id" = OLD."articleId";
END;
CREATE TRIGGER "Comment_commentCount_move" AFTER UPDATE OF "articleId" ON "Comment" BEGIN
  UPDATE "Article" SET "commentCount" = "commentCount" - 1 WHERE "id" = OLD."articleId";
  UPDATE "Article" SET "commentCount" = "commentCount" + 1 WHERE "id" = NEW."articleId";
END;
CREATE TRIGGER "ArticleToCategory_articleCount_insert" AFTER INSERT ON "_ArticleToCategory" BEGIN
  UPDATE "Category" SET "articleCount" = "articleCount" + 1 WHERE "id" = NEW."B";
END;
CREATE TRIGGER "ArticleToCategory_articleCount_delete" AFTER DELETE ON "_ArticleToCategory" BEGIN
  UPDATE "Category" SET "articleCount" = "articleCount" - 1 WHERE "id" = OLD."B";
END;
CREATE TRIGGER "ArticleToCategory_articleCount_move" AFTER UPDATE OF "B" ON "_ArticleToCategory" BEGIN
  UPDATE "Category" SET "articleCount" = "articleCount" - 1 WHERE "id" = OLD."B";
  UPDATE "Category" SET "articleCount" = "articleCount" + 1 WHERE "id" = NEW."B";
END;

-- The rows already there.
UPDATE "Article" SET "commentCount" = (SELECT COUNT(*) FROM "Comment" WHERE "Comment"."articleId" = "Article"."id");
UPDATE "Category" SET "articleCount" = (SELECT COUNT(*) FROM "_ArticleToCategory" WHERE "_ArticleToCategory"."B" = "Category"."id");
