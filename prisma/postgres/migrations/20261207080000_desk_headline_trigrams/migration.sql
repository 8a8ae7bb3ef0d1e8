-- The desk's filter on a headline's words (lib/articles/desk-queries.ts): an ILIKE '%words%' read every story; a
-- GIN index of the headlines' trigrams (pg_trgm, one of PostgreSQL's own contrib extensions) finds any run of three
-- characters or more. SQLite's half is an FTS5 trigram table (prisma/migrations/*_desk_headline_trigrams).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Article_headline_trigram_idx" ON "Article" USING GIN ("headline" gin_trgm_ops);
