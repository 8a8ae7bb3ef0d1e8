-- Search at archive scale (PostgreSQL only; SQLite's is 20261206143000_search_publication_order). Hand-written.
--
-- A search page reads headline matches first, then standfirst, tag and byline matches, then the rest (the ranks of
-- lib/search/types.ts), each newest first. Against the one weighted "document", a headline-only query ('rain':*A)
-- could use the GIN index only to find every story with the word anywhere and then had to read each one's whole
-- document to check the weight: 0.1-0.2 s for a common word. Each scope now has a column of its own, the document's
-- lexemes of those weights (ts_filter), kept by PostgreSQL itself (generated) and indexed: a scope's matches come
-- from its own index, and the GIN index answers exactly, with no document to read again.
ALTER TABLE "article_search"
  ADD COLUMN "headline_document" tsvector GENERATED ALWAYS AS (ts_filter("document", '{a}')) STORED,
  ADD COLUMN "near_document" tsvector GENERATED ALWAYS AS (ts_filter("document", '{a,b}')) STORED;

CREATE INDEX "article_search_headline_document_idx" ON "article_search" USING GIN ("headline_document");
CREATE INDEX "article_search_near_document_idx" ON "article_search" USING GIN ("near_document");
