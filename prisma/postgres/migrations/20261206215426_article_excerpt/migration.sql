-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "excerpt" TEXT NOT NULL DEFAULT '';
