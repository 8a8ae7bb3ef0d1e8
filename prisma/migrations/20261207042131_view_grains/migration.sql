-- CreateTable
CREATE TABLE "ArticleViewSlot" (
    "articleId" TEXT NOT NULL,
    "slot" DATETIME NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("articleId", "slot"),
    CONSTRAINT "ArticleViewSlot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleViewDay" (
    "articleId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("articleId", "day"),
    CONSTRAINT "ArticleViewDay_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SectionViewSlot" (
    "sectionId" TEXT NOT NULL,
    "slot" DATETIME NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("sectionId", "slot"),
    CONSTRAINT "SectionViewSlot_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SectionViewDay" (
    "sectionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("sectionId", "day"),
    CONSTRAINT "SectionViewDay_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ArticleViewSlot_slot_articleId_views_idx" ON "ArticleViewSlot"("slot", "articleId", "views");

-- CreateIndex
CREATE INDEX "ArticleViewDay_day_articleId_views_idx" ON "ArticleViewDay"("day", "articleId", "views");

-- CreateIndex
CREATE INDEX "SectionViewSlot_slot_sectionId_views_idx" ON "SectionViewSlot"("slot", "sectionId", "views");

-- CreateIndex
CREATE INDEX "SectionViewDay_day_sectionId_views_idx" ON "SectionViewDay"("day", "sectionId", "views");
