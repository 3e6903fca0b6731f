import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { RecipientState } from "@/lib/generated/prisma/enums";
import { conflict, notFound } from "@/lib/errors";
import { readStoredAnswers } from "./answers";
import type { LockedDetails, LockReason, StaleDetails } from "./schemas";

// When a copy can no longer be written (reviewed, withdrawn, or its client discharged), when a write
// started from a stale version, and the row lock every save and submission takes.

type Tx = Prisma.TransactionClient;

export function lockReason(copy: {
  state: string;
  assignment: { status: string };
  client: { dischargedAt: Date | null };
}): LockReason | null {
  if (copy.assignment.status === "WITHDRAWN") return "withdrawn";
  if (copy.state === "REVIEWED") return "reviewed";
  // Discharge means no new work, and answering open work is new work: it stays readable (and
  // exportable) for the access period, never writable. Re-admission clears dischargedAt.
  if (copy.client.dischargedAt) return "discharged";
  return null;
}

const LOCKED_MESSAGES: Record<LockReason, string> = {
  reviewed: "Your therapist has reviewed this, so it can't be changed any more. What you wrote is kept.",
  withdrawn: "Your therapist withdrew this, so it can't be changed any more. What you wrote is kept.",
  discharged:
    "Your care with this practice has ended, so this can't be changed or sent any more. What you wrote is kept, and you can still read it.",
};

export function lockedError(reason: LockReason) {
  const details: LockedDetails = { reason };
  return conflict(LOCKED_MESSAGES[reason], details);
}

export function staleError(response: { version: number; answers: Prisma.JsonValue; updatedAt: Date }) {
  const details: StaleDetails = {
    reason: "stale",
    version: response.version,
    answers: readStoredAnswers(response.answers),
    updatedAt: response.updatedAt.toISOString(),
  };
  return conflict(
    "These answers were changed somewhere else (another tab or device) since you started. Choose which to keep.",
    details,
  );
}

type LockedResponse = { id: string; version: number; answers: Prisma.JsonValue; updatedAt: Date };

/**
 * Locks this copy's Response row for the rest of the transaction (creating it if missing) and reads
 * it in the same statement, then reads the copy's and the assignment's state (every submission, and
 * every save unsafeSaveIfCurrent did not write, runs this: see docs/performance.md). The state is read after the lock is held, in statements of its own: in READ
 * COMMITTED a row lock waits for a concurrent submission, but columns of other tables joined into
 * the locking statement would still come from before it committed (a double submit would then not
 * see the first one). Unscoped: only for the actor's own copy, as ./copy.ts found it.
 */
export async function unsafeLockResponse(tx: Tx, recipientId: string) {
  const lock = () =>
    tx.$queryRaw<
      LockedResponse[]
    >`SELECT "id", "version", "answers", "updatedAt" FROM "Response" WHERE "recipientId" = ${recipientId} FOR UPDATE`;
  let locked = await lock();
  if (locked.length === 0) {
    // Every copy gets its response row when its assignment is created; one without gets it now.
    await tx.response.upsert({
      where: { recipientId },
      create: { recipientId },
      update: {},
      select: { id: true },
    });
    locked = await lock();
  }
  const response = locked[0];
  if (!response) throw notFound("That assignment");
  const recipient = await tx.assignmentRecipient.findUniqueOrThrow({
    where: { id: recipientId },
    select: {
      state: true,
      submittedAt: true,
      assignment: { select: { status: true } },
      client: { select: { dischargedAt: true } },
    },
  });
  return { response, recipient };
}

/**
 * The usual autosave in one statement, without a transaction: write `answers` to this copy's
 * Response if it is at `version`, differs from what is stored, and the copy is still writable (the
 * rule of lockReason: not reviewed, withdrawn or discharged); a first save also moves the copy from
 * ASSIGNED to IN_PROGRESS in the same statement (answers never sit on an "assigned" copy). Returns
 * null when nothing was written: the caller then takes the locked path (unsafeLockResponse), which
 * answers a stale version, a locked copy, a retry of the same answers, or a copy without a Response.
 *
 * The locking CTE takes the Response row (FOR UPDATE) before the copy, its assignment and its
 * client's profile (FOR SHARE), the order every save and submission locks in, so it cannot deadlock
 * with them. Because those rows are locked too, PostgreSQL re-reads their latest committed version
 * after waiting for a concurrent submission or discharge: the state checked is the one that left,
 * not the statement's snapshot (the double-submit and stale-save tests hold it to that). Unscoped:
 * only for the actor's own copy, as ./copy.ts found it.
 */
export async function unsafeSaveIfCurrent(
  recipientId: string,
  version: number,
  answers: Prisma.InputJsonValue,
  now: Date,
): Promise<{ version: number; state: RecipientState } | null> {
  const json = JSON.stringify(answers);
  const rows = await db.$queryRaw<{ version: number; state: RecipientState }[]>`
    WITH target AS (
      SELECT r.id, ar.id AS "recipientId", ar.state, a.status, cp."dischargedAt"
        FROM "Response" r
        JOIN "AssignmentRecipient" ar ON ar.id = r."recipientId"
        JOIN "Assignment" a ON a.id = ar."assignmentId"
        JOIN "ClientProfile" cp ON cp."userId" = ar."clientId"
       WHERE r."recipientId" = ${recipientId}
         FOR UPDATE OF r FOR SHARE OF ar, a, cp
    ), saved AS (
      UPDATE "Response" r
         SET answers = ${json}::jsonb, version = r.version + 1, "updatedAt" = ${now}
        FROM target t
       WHERE r.id = t.id AND t.state <> 'REVIEWED' AND t.status <> 'WITHDRAWN'
         AND t."dischargedAt" IS NULL
         AND r.version = ${version} AND r.answers IS DISTINCT FROM ${json}::jsonb
      RETURNING r.version, t."recipientId", t.state
    ), started AS (
      UPDATE "AssignmentRecipient" ar SET state = 'IN_PROGRESS'
        FROM saved s
       WHERE ar.id = s."recipientId" AND s.state = 'ASSIGNED' AND ar.state = 'ASSIGNED'
      RETURNING ar.id
    )
    SELECT s.version,
           (CASE WHEN EXISTS (SELECT 1 FROM started) THEN 'IN_PROGRESS' ELSE s.state::text END) AS state
      FROM saved s`;
  return rows[0] ?? null;
}
