-- CreateTable
CREATE TABLE "ArticleViewSlot" (
    "articleId" TEXT NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewSlot_pkey" PRIMARY KEY ("articleId","slot")
);

-- CreateTable
CREATE TABLE "ArticleViewDay" (
    "articleId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleViewDay_pkey" PRIMARY KEY ("articleId","day")
);

-- CreateTable
CREATE TABLE "SectionViewSlot" (
    "sectionId" TEXT NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SectionViewSlot_pkey" PRIMARY KEY ("sectionId","slot")
);

-- CreateTable
CREATE TABLE "SectionViewDay" (
    "sectionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SectionViewDay_pkey" PRIMARY KEY ("sectionId","day")
);

-- CreateIndex
CREATE INDEX "ArticleViewSlot_slot_articleId_views_idx" ON "ArticleViewSlot"("slot", "articleId", "views");

-- CreateIndex
CREATE INDEX "ArticleViewDay_day_articleId_views_idx" ON "ArticleViewDay"("day", "articleId", "views");

-- CreateIndex
CREATE INDEX "SectionViewSlot_slot_sectionId_views_idx" ON "SectionViewSlot"("slot", "sectionId", "views");

-- CreateIndex
CREATE INDEX "SectionViewDay_day_sectionId_views_idx" ON "SectionViewDay"("day", "sectionId", "views");

-- AddForeignKey
ALTER TABLE "ArticleViewSlot" ADD CONSTRAINT "ArticleViewSlot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleViewDay" ADD CONSTRAINT "ArticleViewDay_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionViewSlot" ADD CONSTRAINT "SectionViewSlot_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionViewDay" ADD CONSTRAINT "SectionViewDay_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;
