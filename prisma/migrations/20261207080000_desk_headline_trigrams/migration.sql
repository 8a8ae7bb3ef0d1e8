-- The desk's filter on a headline's words (lib/articles/desk-queries.ts), SQLite's half; PostgreSQL's is a GIN index
-- of pg_trgm trigrams on "Article"."headline" (prisma/postgres/migrations/*_desk_headline_trigrams). Hand-written:
-- Prisma models neither table (scripts/db/engine.ts lists them as external).
--
-- A LIKE '%words%' cannot use an index, so the filter read every story: 0.3–0.4 s for a deep page of a common word
-- at 100,000 stories. An FTS5 index of each headline's trigrams finds any run of three characters or more, case
-- folded, exactly as a substring (the query is a phrase of consecutive trigrams), for every story whatever its
-- status. article_headline_doc numbers the headlines with ids of its own, so the index never depends on "Article"'s
-- rowids (VACUUM may renumber those).

CREATE TABLE "article_headline_doc" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "article_id" TEXT NOT NULL UNIQUE,
  "headline" TEXT NOT NULL
);

CREATE VIRTUAL TABLE "article_headline_trigram" USING fts5(
  "headline",
  content = 'article_headline_doc',
  content_rowid = 'id',
  tokenize = 'trigram'
);

CREATE TRIGGER "article_headline_doc_ai" AFTER INSERT ON "article_headline_doc" BEGIN
  INSERT INTO "article_headline_trigram" ("rowid", "headline") VALUES (NEW."id", NEW."headline");
END;

CREATE TRIGGER "article_headline_doc_ad" AFTER DELETE ON "article_headline_doc" BEGIN
  INSERT INTO "article_headline_trigram" ("article_headline_trigram", "rowid", "headline") VALUES ('delete', OLD."id", OLD."headline");
END;

CREATE TRIGGER "article_headline_doc_au" AFTER UPDATE ON "article_headline_doc" BEGIN
  INSERT INTO "article_headline_trigram" ("article_headline_trigram", "rowid", "headline") VALUES ('delete', OLD."id", OLD."headline");
  INSERT INTO "article_headline_trigram" ("rowid", "headline") VALUES (NEW."id", NEW."headline");
END;

CREATE TRIGGER "article_headline_article_ai" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "article_headline_doc" ("article_id", "headline") VALUES (NEW."id", NEW."headline");
END;

CREATE TRIGGER "article_headline_article_au" AFTER UPDATE OF "headline" ON "Article" WHEN NEW."headline" IS NOT OLD."headline" BEGIN
  UPDATE "article_headline_doc" SET "headline" = NEW."headline" WHERE "article_id" = NEW."id";
END;

CREATE TRIGGER "article_headline_article_ad" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "article_headline_doc" WHERE "article_id" = OLD."id";
END;

INSERT INTO "article_headline_doc" ("article_id", "headline") SELECT "id", "headline" FROM "Article";
