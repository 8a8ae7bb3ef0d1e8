-- DropIndex
DROP INDEX "ArticleViewHour_hour_idx";

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_articleId_views_idx" ON "ArticleViewHour"("hour", "articleId", "views");
