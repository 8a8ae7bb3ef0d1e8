-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "displayName" TEXT NOT NULL DEFAULT '';

-- Comments posted before: the name their commenter has now.
UPDATE "Comment" SET "displayName" = (SELECT "displayName" FROM "Commenter" WHERE "Commenter"."id" = "Comment"."commenterId");
