-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "liveEndsAt" TIMESTAMP(3),
ADD COLUMN     "liveState" TEXT;

-- CreateTable
CREATE TABLE "LiveEntry" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifiedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveEntry_articleId_at_id_idx" ON "LiveEntry"("articleId", "at", "id");

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveEntry" ADD CONSTRAINT "LiveEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Author"("id") ON DELETE SET NULL ON UPDATE CASCADE;
