-- CreateIndex
CREATE INDEX "Article_sectionId_headline_id_idx" ON "Article"("sectionId", "headline", "id");
