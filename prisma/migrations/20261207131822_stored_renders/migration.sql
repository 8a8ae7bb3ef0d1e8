-- What readers are shown of a body, stored with it (lib/articles/rendered.ts). Added in place: a redefinition of
-- "Article" (what `prisma migrate diff` writes here) would drop the search, trigram and listedAt triggers on it.
ALTER TABLE "Article" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Article" ADD COLUMN "readingMinutes" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Article" ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "LiveEntry" ADD COLUMN "bodyHtml" TEXT NOT NULL DEFAULT '';
ALTER TABLE "LiveEntry" ADD COLUMN "bodyText" TEXT NOT NULL DEFAULT '';
ALTER TABLE "LiveEntry" ADD COLUMN "renderVersion" INTEGER NOT NULL DEFAULT 0;
