-- CreateTable
CREATE TABLE "WorkClaim" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "claimedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "WorkClaim_claimedAt_idx" ON "WorkClaim"("claimedAt");
