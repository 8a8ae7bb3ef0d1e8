-- DropIndex
DROP INDEX "Article_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_modifiedAt_id_status_idx" ON "Article"("modifiedAt", "id", "status");
