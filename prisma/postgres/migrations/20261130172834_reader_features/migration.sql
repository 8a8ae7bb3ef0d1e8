-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "breakingUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ArticleUpdate" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewHour_pkey" PRIMARY KEY ("articleId","hour")
);

-- CreateIndex
CREATE INDEX "ArticleUpdate_articleId_at_idx" ON "ArticleUpdate"("articleId", "at");

-- CreateIndex
CREATE INDEX "ArticleUpdate_kind_at_idx" ON "ArticleUpdate"("kind", "at");

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

-- CreateIndex
CREATE INDEX "Article_breakingUntil_idx" ON "Article"("breakingUntil");

-- AddForeignKey
ALTER TABLE "ArticleUpdate" ADD CONSTRAINT "ArticleUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleViewHour" ADD CONSTRAINT "ArticleViewHour_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
