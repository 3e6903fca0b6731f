-- CreateEnum
CREATE TYPE "RiskAlertKind" AS ENUM ('SELF_HARM_ITEM', 'LOW_SAFETY');

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "checkInSafetyThreshold" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "RiskAlert" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "clinicianId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "kind" "RiskAlertKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "note" TEXT,

    CONSTRAINT "RiskAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskAlert_clinicianId_acknowledgedAt_idx" ON "RiskAlert"("clinicianId", "acknowledgedAt");

-- CreateIndex
CREATE INDEX "RiskAlert_clientId_createdAt_idx" ON "RiskAlert"("clientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RiskAlert_recipientId_revision_kind_key" ON "RiskAlert"("recipientId", "revision", "kind");
