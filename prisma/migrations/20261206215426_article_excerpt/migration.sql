-- Written by hand: Prisma would rebuild the Article table to add a column, which drops the search and listing
-- triggers made by earlier migrations. SQLite adds a column with a constant default in place.
ALTER TABLE "Article" ADD COLUMN "excerpt" TEXT NOT NULL DEFAULT '';
