-- Full-text search (lib/search/). Hand-written: Prisma does not model FTS5 tables, views or triggers, so
-- scripts/db/engine.ts lists these objects in EXTERNAL_TABLES and the schema diff leaves them alone.
--
-- article_search_source  view: each article's searchable text, the body's TipTap JSON reduced to plain text
-- article_search_doc     that text, one row per article, kept in step by the triggers below (the FTS content)
-- article_search         FTS5 index over article_search_doc (external content: the text is stored once)
--
-- Every write path (editor, workflow, seed, restore, tag and author renames) goes through these triggers, so the
-- index never depends on the app remembering to update it. Which articles readers may see is decided at query
-- time (status and publication time), so scheduled stories appear when their minute comes without a write.
--
-- Caution: SQLite drops a table's triggers with the table. A later migration that redefines "Article", "Tag",
-- "Author", "ArticleTag" or "ArticleAuthor" (Prisma's "RedefineTables" step) must re-create the triggers below;
-- tests/integration/search.test.ts fails if it does not.

-- The body as plain text: text nodes in document order, a space at the start of every other node (paragraphs,
-- headings, list items, hard breaks) so words of different blocks never run together, and figure captions.
-- Marks (bold, links) and attributes are skipped. A body that is not valid JSON contributes nothing.
CREATE VIEW "article_search_source" AS
SELECT
  a."id" AS "article_id",
  a."headline" AS "headline",
  a."standfirst" AS "standfirst",
  coalesce((
    SELECT group_concat(t."name", ' ')
    FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId"
    WHERE at."articleId" = a."id"
  ), '') AS "tags",
  coalesce((
    SELECT group_concat(au."name", ' ')
    FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId"
    WHERE aa."articleId" = a."id"
  ), '') AS "authors",
  coalesce((
    SELECT group_concat(
      CASE
        WHEN j."key" = 'text' THEN j."atom"
        WHEN j."key" = 'caption' THEN ' ' || j."atom" || ' '
        ELSE ' '
      END, '')
    FROM json_tree(CASE WHEN json_valid(a."body") THEN a."body" ELSE '{}' END) j
    WHERE j."type" = 'text'
      AND instr(j."fullkey", '.marks[') = 0
      AND (
        (j."key" = 'text' AND instr(j."fullkey", '.attrs.') = 0)
        OR (j."key" = 'type' AND j."atom" <> 'text' AND instr(j."fullkey", '.attrs.') = 0)
        OR (j."key" = 'caption' AND j."fullkey" LIKE '%.attrs.caption')
      )
  ), '') AS "body"
FROM "Article" a;

CREATE TABLE "article_search_doc" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "article_id" TEXT NOT NULL UNIQUE,
  "headline" TEXT NOT NULL,
  "standfirst" TEXT NOT NULL,
  "tags" TEXT NOT NULL,
  "authors" TEXT NOT NULL,
  "body" TEXT NOT NULL
);

-- Letters, digits and combining marks are word characters (marks keep Devanagari or Arabic words whole);
-- diacritics are folded ("cafe" finds "café"); two- and three-letter prefix indexes make typing-as-you-go cheap.
CREATE VIRTUAL TABLE "article_search" USING fts5(
  "headline", "standfirst", "tags", "authors", "body",
  content = 'article_search_doc',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co M*''',
  prefix = '2 3'
);

-- The FTS index follows article_search_doc (the standard external-content triggers).
CREATE TRIGGER "article_search_doc_ai" AFTER INSERT ON "article_search_doc" BEGIN
  INSERT INTO "article_search" ("rowid", "headline", "standfirst", "tags", "authors", "body")
  VALUES (NEW."id", NEW."headline", NEW."standfirst", NEW."tags", NEW."authors", NEW."body");
END;

CREATE TRIGGER "article_search_doc_ad" AFTER DELETE ON "article_search_doc" BEGIN
  INSERT INTO "article_search" ("article_search", "rowid", "headline", "standfirst", "tags", "authors", "body")
  VALUES ('delete', OLD."id", OLD."headline", OLD."standfirst", OLD."tags", OLD."authors", OLD."body");
END;

CREATE TRIGGER "article_search_doc_au" AFTER UPDATE ON "article_search_doc" BEGIN
  INSERT INTO "article_search" ("article_search", "rowid", "headline", "standfirst", "tags", "authors", "body")
  VALUES ('delete', OLD."id", OLD."headline", OLD."standfirst", OLD."tags", OLD."authors", OLD."body");
  INSERT INTO "article_search" ("rowid", "headline", "standfirst", "tags", "authors", "body")
  VALUES (NEW."id", NEW."headline", NEW."standfirst", NEW."tags", NEW."authors", NEW."body");
END;

-- article_search_doc follows the articles, their tags and bylines, and tag and author names.
CREATE TRIGGER "article_search_article_ai" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "article_search_doc" ("article_id", "headline", "standfirst", "tags", "authors", "body")
  SELECT "article_id", "headline", "standfirst", "tags", "authors", "body"
  FROM "article_search_source" WHERE "article_id" = NEW."id";
END;

CREATE TRIGGER "article_search_article_au" AFTER UPDATE OF "headline", "standfirst", "body" ON "Article" BEGIN
  UPDATE "article_search_doc"
  SET ("headline", "standfirst", "body") = (
    SELECT "headline", "standfirst", "body" FROM "article_search_source" WHERE "article_id" = NEW."id"
  )
  WHERE "article_id" = NEW."id";
END;

CREATE TRIGGER "article_search_article_ad" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "article_search_doc" WHERE "article_id" = OLD."id";
END;

CREATE TRIGGER "article_search_tag_link_ai" AFTER INSERT ON "ArticleTag" BEGIN
  UPDATE "article_search_doc"
  SET "tags" = coalesce((SELECT "tags" FROM "article_search_source" WHERE "article_id" = NEW."articleId"), '')
  WHERE "article_id" = NEW."articleId";
END;

CREATE TRIGGER "article_search_tag_link_ad" AFTER DELETE ON "ArticleTag" BEGIN
  UPDATE "article_search_doc"
  SET "tags" = coalesce((SELECT "tags" FROM "article_search_source" WHERE "article_id" = OLD."articleId"), '')
  WHERE "article_id" = OLD."articleId";
END;

CREATE TRIGGER "article_search_tag_link_au" AFTER UPDATE ON "ArticleTag" BEGIN
  UPDATE "article_search_doc"
  SET "tags" = coalesce((SELECT s."tags" FROM "article_search_source" s WHERE s."article_id" = "article_search_doc"."article_id"), '')
  WHERE "article_id" IN (OLD."articleId", NEW."articleId");
END;

CREATE TRIGGER "article_search_tag_au" AFTER UPDATE OF "name" ON "Tag" BEGIN
  UPDATE "article_search_doc"
  SET "tags" = coalesce((SELECT s."tags" FROM "article_search_source" s WHERE s."article_id" = "article_search_doc"."article_id"), '')
  WHERE "article_id" IN (SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id");
END;

CREATE TRIGGER "article_search_author_link_ai" AFTER INSERT ON "ArticleAuthor" BEGIN
  UPDATE "article_search_doc"
  SET "authors" = coalesce((SELECT "authors" FROM "article_search_source" WHERE "article_id" = NEW."articleId"), '')
  WHERE "article_id" = NEW."articleId";
END;

CREATE TRIGGER "article_search_author_link_ad" AFTER DELETE ON "ArticleAuthor" BEGIN
  UPDATE "article_search_doc"
  SET "authors" = coalesce((SELECT "authors" FROM "article_search_source" WHERE "article_id" = OLD."articleId"), '')
  WHERE "article_id" = OLD."articleId";
END;

CREATE TRIGGER "article_search_author_link_au" AFTER UPDATE ON "ArticleAuthor" BEGIN
  UPDATE "article_search_doc"
  SET "authors" = coalesce((SELECT s."authors" FROM "article_search_source" s WHERE s."article_id" = "article_search_doc"."article_id"), '')
  WHERE "article_id" IN (OLD."articleId", NEW."articleId");
END;

CREATE TRIGGER "article_search_author_au" AFTER UPDATE OF "name" ON "Author" BEGIN
  UPDATE "article_search_doc"
  SET "authors" = coalesce((SELECT s."authors" FROM "article_search_source" s WHERE s."article_id" = "article_search_doc"."article_id"), '')
  WHERE "article_id" IN (SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id");
END;

-- Index the articles that exist already.
INSERT INTO "article_search_doc" ("article_id", "headline", "standfirst", "tags", "authors", "body")
SELECT "article_id", "headline", "standfirst", "tags", "authors", "body" FROM "article_search_source";
