-- AlterTable
ALTER TABLE "CommentConfirmation" ADD COLUMN "commentId" TEXT;
