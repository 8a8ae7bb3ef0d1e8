-- The search document's topics and bylines in a fixed order (topics by name, bylines as printed): string_agg
-- without ORDER BY takes rows in whatever order the join's plan yields, so the same story could be indexed with
-- its words at other positions after a refresh of one row than after a refresh of many (which the archive seed
-- and tests/integration/seed-archive.test.ts do), and phrase matches could differ between the two.
CREATE OR REPLACE FUNCTION "article_search_refresh"(ids text[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "article_search" ("article_id", "document")
  SELECT
    a."id",
    setweight(to_tsvector('simple', a."headline"), 'A')
      || setweight(to_tsvector('simple', a."standfirst"), 'B')
      || setweight(to_tsvector('simple', coalesce((
           SELECT string_agg(t."name", ' ' ORDER BY t."name", t."id") FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = a."id"
         ), '')), 'B')
      || setweight(to_tsvector('simple', coalesce((
           SELECT string_agg(au."name", ' ' ORDER BY aa."position", au."id") FROM "ArticleAuthor" aa JOIN "Author" au ON au."id" = aa."authorId" WHERE aa."articleId" = a."id"
         ), '')), 'B')
      || setweight(to_tsvector('simple', "article_search_body_text"(a."body")), 'C')
  FROM "Article" a
  WHERE a."id" = ANY (ids)
  ON CONFLICT ("article_id") DO UPDATE SET "document" = EXCLUDED."document";
$$;

-- Every story's document again, in that order.
SELECT "article_search_refresh"(array_agg("id")) FROM "Article";
