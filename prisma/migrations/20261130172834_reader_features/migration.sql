-- AlterTable
ALTER TABLE "Article" ADD COLUMN "breakingUntil" DATETIME;

-- CreateTable
CREATE TABLE "ArticleUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ArticleUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" TEXT NOT NULL,
    "hour" DATETIME NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("articleId", "hour"),
    CONSTRAINT "ArticleViewHour_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleUpdate_articleId_at_idx" ON "ArticleUpdate"("articleId", "at");

-- CreateIndex
CREATE INDEX "ArticleUpdate_kind_at_idx" ON "ArticleUpdate"("kind", "at");

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

-- CreateIndex
CREATE INDEX "Article_breakingUntil_idx" ON "Article"("breakingUntil");
