-- CreateTable
CREATE TABLE "WorkClaim" (
    "key" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkClaim_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "WorkClaim_claimedAt_idx" ON "WorkClaim"("claimedAt");
