-- DropIndex
DROP INDEX "Article_sectionId_status_publishedAt_idx";

-- DropIndex
DROP INDEX "ArticleAuthor_authorId_articleId_idx";

-- DropIndex
DROP INDEX "ArticleTag_tagId_articleId_idx";

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN     "listedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN     "listedAt" TIMESTAMP(3);

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
CREATE FUNCTION "article_listed_at"(status text, published timestamp(3)) RETURNS timestamp(3)
  LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN status IN ('published', 'scheduled') THEN published END $$;

CREATE FUNCTION "article_link_listed_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."listedAt" := (SELECT "article_listed_at"(a."status", a."publishedAt") FROM "Article" a WHERE a."id" = NEW."articleId");
  RETURN NEW;
END $$;

CREATE TRIGGER "ArticleTag_listedAt" BEFORE INSERT OR UPDATE OF "articleId" ON "ArticleTag"
  FOR EACH ROW EXECUTE FUNCTION "article_link_listed_at"();
CREATE TRIGGER "ArticleAuthor_listedAt" BEFORE INSERT OR UPDATE OF "articleId" ON "ArticleAuthor"
  FOR EACH ROW EXECUTE FUNCTION "article_link_listed_at"();

CREATE FUNCTION "article_links_follow"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IS DISTINCT FROM OLD."status" OR NEW."publishedAt" IS DISTINCT FROM OLD."publishedAt" THEN
    UPDATE "ArticleTag" SET "listedAt" = "article_listed_at"(NEW."status", NEW."publishedAt") WHERE "articleId" = NEW."id";
    UPDATE "ArticleAuthor" SET "listedAt" = "article_listed_at"(NEW."status", NEW."publishedAt") WHERE "articleId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_listedAt" AFTER UPDATE OF "status", "publishedAt" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_links_follow"();

UPDATE "ArticleTag" l SET "listedAt" = "article_listed_at"(a."status", a."publishedAt") FROM "Article" a WHERE a."id" = l."articleId";
UPDATE "ArticleAuthor" l SET "listedAt" = "article_listed_at"(a."status", a."publishedAt") FROM "Article" a WHERE a."id" = l."articleId";
