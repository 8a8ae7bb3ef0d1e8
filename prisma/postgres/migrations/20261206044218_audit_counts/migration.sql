-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "bucket" TEXT,
ADD COLUMN     "occurrences" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_bucket_key" ON "AuditEvent"("bucket");
