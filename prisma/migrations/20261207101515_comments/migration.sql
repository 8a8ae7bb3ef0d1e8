-- CreateTable
CREATE TABLE "Commenter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL DEFAULT '',
    "confirmedAt" DATETIME,
    "trustedAt" DATETIME,
    "blockedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "commenterId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Comment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_commenterId_fkey" FOREIGN KEY ("commenterId") REFERENCES "Commenter" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommentConfirmation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commenterId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "articleId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommentConfirmation_commenterId_fkey" FOREIGN KEY ("commenterId") REFERENCES "Commenter" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Written by hand: Prisma would rebuild the Article and Section tables to add a column, which drops the search and
-- listing triggers and views made by earlier migrations. SQLite adds a column with a constant default in place.
ALTER TABLE "Article" ADD COLUMN "commentsClosed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Section" ADD COLUMN "commentsEnabled" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE UNIQUE INDEX "Commenter_email_key" ON "Commenter"("email");

-- CreateIndex
CREATE INDEX "Comment_articleId_status_createdAt_idx" ON "Comment"("articleId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_articleId_changedAt_idx" ON "Comment"("articleId", "changedAt");

-- CreateIndex
CREATE INDEX "Comment_status_createdAt_idx" ON "Comment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Comment_commenterId_status_idx" ON "Comment"("commenterId", "status");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentConfirmation_tokenHash_key" ON "CommentConfirmation"("tokenHash");

-- CreateIndex
CREATE INDEX "CommentConfirmation_commenterId_idx" ON "CommentConfirmation"("commenterId");

-- CreateIndex
CREATE INDEX "CommentConfirmation_expiresAt_idx" ON "CommentConfirmation"("expiresAt");
