-- DropIndex
DROP INDEX "Article_sectionId_status_publishedAt_idx";

-- DropIndex
DROP INDEX "ArticleAuthor_authorId_articleId_idx";

-- DropIndex
DROP INDEX "ArticleTag_tagId_articleId_idx";

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN "listedAt" DATETIME;

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN "listedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_status_idx" ON "Article"("publishedAt", "id", "status");

-- CreateIndex
CREATE INDEX "Article_sectionId_publishedAt_id_status_idx" ON "Article"("sectionId", "publishedAt", "id", "status");

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_listedAt_articleId_idx" ON "ArticleAuthor"("authorId", "listedAt", "articleId");

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_listedAt_articleId_idx" ON "ArticleTag"("tagId", "listedAt", "articleId");

-- Tag and author pages list a link's story by the time it went live: "listedAt" holds the story's "publishedAt"
-- while its status is live (published or scheduled) and NULL otherwise, so a page is one walk of the index above,
-- however large the archive (`listedAt <= now` is exactly what readers may see: lib/articles/visibility.ts).
-- Hand-written: triggers keep the copy, so no write path (editor, workflow, seed, restore, import) can forget it.
-- Caution, as for the search triggers: SQLite drops a table's triggers with the table, so a later migration that
-- redefines "Article", "ArticleTag" or "ArticleAuthor" must re-create these (tests/integration/listing-links.test.ts
-- fails if it does not).
CREATE TRIGGER "ArticleTag_listedAt_insert" AFTER INSERT ON "ArticleTag" BEGIN
  UPDATE "ArticleTag" SET "listedAt" = (
    SELECT CASE WHEN a."status" IN ('published', 'scheduled') THEN a."publishedAt" END FROM "Article" a WHERE a."id" = NEW."articleId"
  ) WHERE "articleId" = NEW."articleId" AND "tagId" = NEW."tagId";
END;

CREATE TRIGGER "ArticleAuthor_listedAt_insert" AFTER INSERT ON "ArticleAuthor" BEGIN
  UPDATE "ArticleAuthor" SET "listedAt" = (
    SELECT CASE WHEN a."status" IN ('published', 'scheduled') THEN a."publishedAt" END FROM "Article" a WHERE a."id" = NEW."articleId"
  ) WHERE "articleId" = NEW."articleId" AND "authorId" = NEW."authorId";
END;

CREATE TRIGGER "Article_listedAt_update" AFTER UPDATE OF "status", "publishedAt" ON "Article" BEGIN
  UPDATE "ArticleTag" SET "listedAt" = CASE WHEN NEW."status" IN ('published', 'scheduled') THEN NEW."publishedAt" END
  WHERE "articleId" = NEW."id";
  UPDATE "ArticleAuthor" SET "listedAt" = CASE WHEN NEW."status" IN ('published', 'scheduled') THEN NEW."publishedAt" END
  WHERE "articleId" = NEW."id";
END;

UPDATE "ArticleTag" SET "listedAt" = (
  SELECT CASE WHEN a."status" IN ('published', 'scheduled') THEN a."publishedAt" END FROM "Article" a WHERE a."id" = "ArticleTag"."articleId"
);
UPDATE "ArticleAuthor" SET "listedAt" = (
  SELECT CASE WHEN a."status" IN ('published', 'scheduled') THEN a."publishedAt" END FROM "Article" a WHERE a."id" = "ArticleAuthor"."articleId"
);
