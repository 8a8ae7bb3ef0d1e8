-- DropIndex
DROP INDEX "Article_publishedAt_id_status_idx";

-- CreateIndex
CREATE INDEX "Article_newest_idx" ON "Article"("publishedAt", "id", "status", "noindex", "canonicalUrl", "modifiedAt", "updatedAt");
