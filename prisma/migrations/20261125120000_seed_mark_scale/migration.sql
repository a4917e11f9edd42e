-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SeedMark" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL,
    "scale" INTEGER NOT NULL DEFAULT 1,
    "finishedAt" DATETIME NOT NULL
);
INSERT INTO "new_SeedMark" ("finishedAt", "id", "version") SELECT "finishedAt", "id", "version" FROM "SeedMark";
DROP TABLE "SeedMark";
ALTER TABLE "new_SeedMark" RENAME TO "SeedMark";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
