-- AlterTable
ALTER TABLE "ClientProfile" ADD COLUMN     "dischargedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'America/Chicago';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "alsoClinician" BOOLEAN NOT NULL DEFAULT false;
