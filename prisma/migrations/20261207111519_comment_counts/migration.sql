-- CreateTable
CREATE TABLE "CommentCount" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "approved" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CommentCount_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Stories with comments published before counting began.
INSERT INTO "CommentCount" ("articleId", "approved") SELECT "articleId", COUNT(*) FROM "Comment" WHERE "status" = 'approved' GROUP BY "articleId";
