-- Search at archive scale (SQLite only; PostgreSQL's search is 20261206121500_search_order). Hand-written, like
-- 20261130173500_search, whose objects it changes.
--
-- Before, every story (drafts too) had a row in the FTS index numbered in the order stories were created, and a search
-- joined every match to "Article" to learn whether readers may see it and sorted them all by publication time: a
-- common word costs the whole of its matches (0.5 s at 75,000 stories). Now:
-- - article_search_doc holds only stories readers can see or will (published and scheduled, with a publication
--   time), and its row number is the story's place in publication order: the second it was published times 2^30,
--   plus the story's own rowid modulo 2^30 (unique; stories of the same second keep the order they were written in).
-- - So a search walks its matches newest first straight off the index ("ORDER BY rowid DESC" with a LIMIT stops after
--   one page), "published by now" and a date filter are bounds on the row number, and a count can stop at a bound
--   (lib/search/sqlite.ts).
-- - article_search_vocab lists the indexed words, so a reader's last word (a prefix) becomes the words it begins:
--   FTS5 reads those newest first as it goes, where a prefix query first gathers every story of every such word.
-- - A story enters, leaves or moves in the index when its status or publication time changes (the Article triggers
--   below); tag, byline, tag-name and author-name triggers of 20261130173500_search are unchanged.

-- The searchable text of each story readers can see or will, with its place in publication order.
CREATE VIEW "article_search_live" AS
SELECT
  unixepoch(a."publishedAt") * 1073741824 + (a."rowid" % 1073741824) AS "key",
  s."article_id", s."headline", s."standfirst", s."tags", s."authors", s."body"
FROM "Article" a
JOIN "article_search_source" s ON s."article_id" = a."id"
WHERE a."status" IN ('published', 'scheduled') AND a."publishedAt" IS NOT NULL;

DROP TRIGGER "article_search_article_ai";
DROP TRIGGER "article_search_article_au";
DROP TRIGGER "article_search_article_ad";
-- Dropping the content table drops its three triggers; the FTS index goes with it and is built again below.
DROP TABLE "article_search";
DROP TABLE "article_search_doc";

CREATE TABLE "article_search_doc" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "article_id" TEXT NOT NULL UNIQUE,
  "headline" TEXT NOT NULL,
  "standfirst" TEXT NOT NULL,
  "tags" TEXT NOT NULL,
  "authors" TEXT NOT NULL,
  "body" TEXT NOT NULL
);

CREATE VIRTUAL TABLE "article_search" USING fts5(
  "headline", "standfirst", "tags", "authors", "body",
  content = 'article_search_doc',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co M*''',
  prefix = '2 3'
);

-- The words the index holds, in order: the completions of a reader's last word (lib/search/sqlite.ts).
CREATE VIRTUAL TABLE "article_search_vocab" USING fts5vocab("article_search", row);

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

CREATE TRIGGER "article_search_article_ai" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "article_search_doc" ("id", "article_id", "headline", "standfirst", "tags", "authors", "body")
  SELECT "key", "article_id", "headline", "standfirst", "tags", "authors", "body"
  FROM "article_search_live" WHERE "article_id" = NEW."id";
END;

-- Any change readers could search by, or that moves the story in or out of the index or within it: its row is
-- written again from the view.
CREATE TRIGGER "article_search_article_au" AFTER UPDATE OF "headline", "standfirst", "body", "status", "publishedAt" ON "Article" BEGIN
  DELETE FROM "article_search_doc" WHERE "article_id" = NEW."id";
  INSERT INTO "article_search_doc" ("id", "article_id", "headline", "standfirst", "tags", "authors", "body")
  SELECT "key", "article_id", "headline", "standfirst", "tags", "authors", "body"
  FROM "article_search_live" WHERE "article_id" = NEW."id";
END;

CREATE TRIGGER "article_search_article_ad" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "article_search_doc" WHERE "article_id" = OLD."id";
END;

-- Index the stories that are live already.
INSERT INTO "article_search_doc" ("id", "article_id", "headline", "standfirst", "tags", "authors", "body")
SELECT "key", "article_id", "headline", "standfirst", "tags", "authors", "body" FROM "article_search_live";
