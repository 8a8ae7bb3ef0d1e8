-- DropIndex
DROP INDEX "Article_ownerId_idx";

-- CreateIndex
CREATE INDEX "Article_status_modifiedAt_id_idx" ON "Article"("status", "modifiedAt", "id");

-- CreateIndex
CREATE INDEX "Article_ownerId_modifiedAt_id_idx" ON "Article"("ownerId", "modifiedAt", "id");

-- CreateIndex
CREATE INDEX "Article_sectionId_modifiedAt_id_idx" ON "Article"("sectionId", "modifiedAt", "id");

-- CreateIndex
CREATE INDEX "Article_headline_id_idx" ON "Article"("headline", "id");

-- CreateIndex
CREATE INDEX "Article_status_headline_id_idx" ON "Article"("status", "headline", "id");
