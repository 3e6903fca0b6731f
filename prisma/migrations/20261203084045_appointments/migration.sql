-- Therapy "sessions" are now "appointments" (sign-in sessions stay AuthSession). Prisma generates a
-- rename as DROP + CREATE; this migration renames in place instead, so every row is kept.
-- Audit rows written before it keep their old action names ("session.scheduled", ...) and subject
-- type ("Session"): the audit trail is append-only, and lib/audit/actions.ts still labels them.

-- The table, its enum, and the names Prisma gives their constraints and index.
ALTER TABLE "Session" RENAME TO "Appointment";
ALTER TYPE "SessionModality" RENAME TO "AppointmentModality";

ALTER TABLE "Appointment" RENAME CONSTRAINT "Session_pkey" TO "Appointment_pkey";
ALTER TABLE "Appointment" RENAME CONSTRAINT "Session_practiceId_fkey" TO "Appointment_practiceId_fkey";
ALTER TABLE "Appointment" RENAME CONSTRAINT "Session_clinicianId_fkey" TO "Appointment_clinicianId_fkey";
ALTER TABLE "Appointment" RENAME CONSTRAINT "Session_clientId_fkey" TO "Appointment_clientId_fkey";
ALTER TABLE "Appointment" RENAME CONSTRAINT "Session_coupleId_fkey" TO "Appointment_coupleId_fkey";
ALTER INDEX "Session_clinicianId_startsAt_idx" RENAME TO "Appointment_clinicianId_startsAt_idx";

-- A location a clinician confirmed during an appointment; existing rows keep their value under the new name.
ALTER TYPE "LocationSource" RENAME VALUE 'SESSION_ATTESTED' TO 'APPOINTMENT_ATTESTED';
