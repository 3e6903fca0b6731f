-- CreateEnum
CREATE TYPE "SafetyScreenOutcome" AS ENUM ('NOT_YET', 'NO_CONCERN', 'CONCERN');

-- AlterTable
ALTER TABLE "ClientProfile" ADD COLUMN     "safetyScreen" "SafetyScreenOutcome" NOT NULL DEFAULT 'NOT_YET',
ADD COLUMN     "safetyScreenedAt" TIMESTAMP(3);
