-- CreateEnum
CREATE TYPE "CoupleAgreementStatus" AS ENUM ('PENDING', 'IN_FORCE', 'SUPERSEDED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "ClientNotice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "batchKey" TEXT,
    "doneAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "ClientNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailKindOptOut" (
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailKindOptOut_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "CoupleAgreement" (
    "id" TEXT NOT NULL,
    "coupleId" TEXT NOT NULL,
    "confidentiality" "ConfidentialityAgreement" NOT NULL,
    "note" TEXT,
    "status" "CoupleAgreementStatus" NOT NULL,
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inForceAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "CoupleAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoupleAgreementConfirmation" (
    "agreementId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoupleAgreementConfirmation_pkey" PRIMARY KEY ("agreementId","clientId")
);

-- CreateIndex
CREATE INDEX "ClientNotice_userId_kind_doneAt_idx" ON "ClientNotice"("userId", "kind", "doneAt");

-- CreateIndex
CREATE INDEX "ClientNotice_doneAt_createdAt_idx" ON "ClientNotice"("doneAt", "createdAt");

-- CreateIndex
CREATE INDEX "CoupleAgreement_coupleId_proposedAt_idx" ON "CoupleAgreement"("coupleId", "proposedAt");

-- AddForeignKey
ALTER TABLE "CoupleAgreementConfirmation" ADD CONSTRAINT "CoupleAgreementConfirmation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "CoupleAgreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
