-- Full-text search (lib/search/). Hand-written: Prisma does not model tsvector columns, functions or triggers, so
-- scripts/db/engine.ts lists "article_search" in EXTERNAL_TABLES and the schema diff leaves it alone.
--
-- article_search  one row per article: a weighted tsvector (A headline; B standfirst, tags and bylines; C body)
--                 with a GIN index, kept in step by the triggers below on every write path (editor, workflow, seed,
--                 restore, tag and author renames). Which articles readers may see is decided at query time.
--
-- The 'simple' configuration (lower-casing, no stemming, no stop words) matches what the SQLite index does, keeps
-- prefix matching predictable ("electi" finds "election") and does not assume the site writes in English.

-- The body's TipTap JSON as plain text: text nodes in document order, a space at the start of every other node so
-- words of different blocks never run together, and figure captions. Marks and attributes are skipped.
CREATE FUNCTION "article_search_node_text"(node jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF jsonb_typeof(node) IS DISTINCT FROM 'object' THEN
    RETURN '';
  END IF;
  IF node->>'type' = 'text' THEN
    RETURN coalesce(node->>'text', '');
  END IF;
  RETURN ' '
    || CASE WHEN jsonb_typeof(node->'attrs'->'caption') = 'string' THEN (node->'attrs'->>'caption') || ' ' ELSE '' END
    || coalesce((
      SELECT string_agg("article_search_node_text"(c.child), '' ORDER BY c.i)
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(node->'content') = 'array' THEN node->'content' ELSE '[]'::jsonb END)
        WITH ORDINALITY AS c(child, i)
    ), '');
END;
$$;

-- A stored body that is not valid JSON contributes nothing rather than failing the write.
CREATE FUNCTION "article_search_body_text"(body text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN "article_search_node_text"(body::jsonb);
EXCEPTION WHEN others THEN
  RETURN '';
END;
$$;

CREATE TABLE "article_search" (
  "article_id" TEXT NOT NULL PRIMARY KEY REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "document" tsvector NOT NULL
);

CREATE INDEX "article_search_document_idx" ON "article_search" USING GIN ("document");

-- Recomputes the index rows of these articles from their current text, tags and bylines.
CREATE FUNCTION "article_search_refresh"(ids text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "article_search" ("article_id", "document")
  SELECT
    a."id",
    setweight(to_tsvector('simple', a."headline"), 'A')
      || setweight(to_tsvector('simple', a."standfirst"), 'B')
      || setweight(to_tsvector('simple', coalesce((
           SELECT string_agg(t."name", ' ') FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = a."id"
         ), '')), 'B')
      || setweight(to_tsvector('simple', coalesce((
           SELECT string_agg(au."name", ' ') FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id"
         ), '')), 'B')
      || setweight(to_tsvector('simple', "article_search_body_text"(a."body")), 'C')
  FROM "Article" a
  WHERE a."id" = ANY (ids)
  ON CONFLICT ("article_id") DO UPDATE SET "document" = EXCLUDED."document";
$$;

CREATE FUNCTION "article_search_on_article"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "article_search_refresh"(ARRAY[NEW."id"]);
  RETURN NULL;
END;
$$;

-- Tag and byline links: the article on either side of the change (its row is gone when the article was deleted).
CREATE FUNCTION "article_search_on_link"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "article_search_refresh"(ARRAY[NEW."articleId"]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "article_search_refresh"(ARRAY[OLD."articleId"]);
  ELSE
    PERFORM "article_search_refresh"(ARRAY[OLD."articleId", NEW."articleId"]);
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "article_search_on_tag_name"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "article_search_refresh"(ARRAY(SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id"));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "article_search_on_author_name"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "article_search_refresh"(ARRAY(SELECT "articleId" FROM "ArticleAuthor" WHERE "authorId" = NEW."id"));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "article_search_article" AFTER INSERT OR UPDATE OF "headline", "standfirst", "body" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_on_article"();

CREATE TRIGGER "article_search_tag_link" AFTER INSERT OR UPDATE OR DELETE ON "ArticleTag"
  FOR EACH ROW EXECUTE FUNCTION "article_search_on_link"();

CREATE TRIGGER "article_search_author_link" AFTER INSERT OR UPDATE OR DELETE ON "ArticleAuthor"
  FOR EACH ROW EXECUTE FUNCTION "article_search_on_link"();

CREATE TRIGGER "article_search_tag_name" AFTER UPDATE OF "name" ON "Tag"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "article_search_on_tag_name"();

CREATE TRIGGER "article_search_author_name" AFTER UPDATE OF "name" ON "Author"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "article_search_on_author_name"();

-- Index the articles that exist already.
SELECT "article_search_refresh"(ARRAY(SELECT "id" FROM "Article"));
