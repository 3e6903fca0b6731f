import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { logInfo } from "@/lib/log";
import { purgeMessages } from "@/lib/messages/purge";
import { endExpiredDischargeAccess } from "@/lib/discharge/service";
import { retentionEnds } from "./close";

// The retention purge (daily job, lib/jobs): a client whose care ended (discharged, closed by
// themselves or an admin, or deactivated) and whose practice's retention period has passed since
// their retention clock started has their clinical record deleted. The clock is
// ClientProfile.lastServiceAt (set at discharge and at closure), else the moment their care ended. What goes: their
// answers and every revision, all comments on their copies, their copies of assignments (and
// assignments that were theirs alone, with their comments), their location history, their own
// appointments, their messages (and their own thread with the clinician), their sign-in material and invitations, and their name and email (the User row stays as
// an anonymous, deactivated tombstone so the audit trail's ids still resolve to "a former client").
// What stays: the audit trail (append-only), and AuthorizationCheck rows (licence compliance
// records, which hold no clinical content). Each purge writes a `client.purged` audit event, which
// is also how a purged account is recognised.

export const PURGED_NAME = "Former client";
export const PURGE_ACTION = "client.purged";

export type PurgeCounts = {
  responses: number;
  revisions: number;
  comments: number;
  assignmentCopies: number;
  assignments: number;
  locations: number;
  appointments: number;
  messages: number;
};

/** Deletes one client's clinical record now (the caller has decided retention has passed). */
async function purgeClient(clientId: string, now: Date = new Date()): Promise<PurgeCounts> {
  return db.$transaction(
    async (tx) => {
      const profile = await tx.clientProfile.findUniqueOrThrow({
        where: { userId: clientId },
        select: { practiceId: true, user: { select: { email: true } } },
      });
      const copies = await tx.assignmentRecipient.findMany({
        where: { clientId },
        select: { id: true, assignmentId: true },
      });
      const copyIds = copies.map((c) => c.id);
      const assignmentIds = [...new Set(copies.map((c) => c.assignmentId))];
      // Assignments nobody else received: they go entirely (with their assignment-wide comments).
      const shared = await tx.assignmentRecipient.findMany({
        where: { assignmentId: { in: assignmentIds }, clientId: { not: clientId } },
        select: { assignmentId: true },
      });
      const sharedIds = new Set(shared.map((s) => s.assignmentId));
      const soleIds = assignmentIds.filter((id) => !sharedIds.has(id));

      const comments = await tx.comment.deleteMany({
        where: { OR: [{ recipientId: { in: copyIds } }, { assignmentId: { in: soleIds } }] },
      });
      const revisions = await tx.responseRevision.deleteMany({
        where: { response: { recipientId: { in: copyIds } } },
      });
      const responses = await tx.response.deleteMany({ where: { recipientId: { in: copyIds } } });
      const assignmentCopies = await tx.assignmentRecipient.deleteMany({ where: { id: { in: copyIds } } });
      const assignments = await tx.assignment.deleteMany({ where: { id: { in: soleIds } } });
      const locations = await tx.clientLocation.deleteMany({ where: { clientId } });
      const appointments = await tx.appointment.deleteMany({ where: { clientId } });
      // Risk alerts carry the clinician's acknowledgement note: clinical, so they go too.
      await tx.riskAlert.deleteMany({ where: { clientId } });
      const messages = await purgeMessages(tx, clientId);

      await tx.clientProfile.update({
        where: { userId: clientId },
        data: {
          currentState: null,
          locationAttestedAt: null,
          coupleId: null,
          shareDraftsWithClinician: false,
        },
      });
      await tx.authToken.deleteMany({ where: { userId: clientId } });
      await tx.recoveryCode.deleteMany({ where: { userId: clientId } });
      await tx.authSession.deleteMany({ where: { userId: clientId } });
      await tx.notificationLog.deleteMany({ where: { userId: clientId } });
      await tx.clientNotice.deleteMany({ where: { userId: clientId } });
      await tx.emailKindOptOut.deleteMany({ where: { userId: clientId } });
      await tx.coupleAgreementConfirmation.deleteMany({ where: { clientId } });
      const email = profile.user.email;
      await tx.invitation.deleteMany({ where: { practiceId: profile.practiceId, email } });
      await tx.outboxEmail.deleteMany({ where: { to: email } });
      await tx.user.update({
        where: { id: clientId },
        data: {
          name: PURGED_NAME,
          email: `purged-${clientId}@purged.invalid`,
          passwordHash: null,
          twoFactorSecret: null,
          twoFactorEnabledAt: null,
          emailOptOut: true,
          deactivatedAt: now,
        },
      });

      const counts: PurgeCounts = {
        responses: responses.count,
        revisions: revisions.count,
        comments: comments.count,
        assignmentCopies: assignmentCopies.count,
        assignments: assignments.count,
        locations: locations.count,
        appointments: appointments.count,
        messages,
      };
      await recordAudit(
        null,
        {
          action: PURGE_ACTION,
          subjectType: "ClientProfile",
          subjectId: clientId,
          clientId,
          metadata: { ...counts, reason: "retention" },
        },
        {},
        { tx, practiceId: profile.practiceId },
      );
      return counts;
    },
    { timeout: 60_000 },
  );
}

/** The earliest of discharge, closure and deactivation: when the client's care ended (null: it has not). */
function careEndedAt(c: { dischargedAt: Date | null; closedAt: Date | null; deactivatedAt: Date | null }) {
  const times = [c.dischargedAt, c.closedAt, c.deactivatedAt].filter((d): d is Date => d !== null);
  return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
}

/** Discharged, closed or deactivated clients past retention at `now`, not purged yet. */
export async function accountsDueForPurge(now: Date): Promise<string[]> {
  const rows = await db.clientProfile.findMany({
    where: {
      OR: [
        { closedAt: { not: null } },
        { dischargedAt: { not: null } },
        { user: { deactivatedAt: { not: null } } },
      ],
    },
    select: {
      userId: true,
      lastServiceAt: true,
      closedAt: true,
      dischargedAt: true,
      createdAt: true,
      user: { select: { deactivatedAt: true, practice: { select: { retentionYears: true } } } },
    },
  });
  const closed = rows.map((r) => ({
    ...r,
    closedAt: careEndedAt({ ...r, deactivatedAt: r.user.deactivatedAt }),
  }));
  if (closed.length === 0) return [];
  const purged = await db.auditEvent.findMany({
    where: { action: PURGE_ACTION, clientId: { in: closed.map((c) => c.userId) } },
    select: { clientId: true },
  });
  const done = new Set(purged.map((p) => p.clientId));
  const due: string[] = [];
  for (const c of closed) {
    if (done.has(c.userId)) continue;
    // Set at discharge and closure; a client deactivated by an admin counts from the deactivation.
    const clock = c.lastServiceAt ?? c.closedAt!;
    if (retentionEnds(clock, c.user.practice.retentionYears).getTime() <= now.getTime()) due.push(c.userId);
  }
  return due;
}

/**
 * The daily job: end the sign-in of discharged clients whose access period is over, then purge
 * every ended account past retention. Each client in its own transaction.
 */
export async function purgeExpiredAccounts(now: Date = new Date()): Promise<{ purged: number }> {
  await endExpiredDischargeAccess(now);
  const due = await accountsDueForPurge(now);
  for (const clientId of due) await purgeClient(clientId, now);
  if (due.length) logInfo("retention.purged", { count: due.length });
  return { purged: due.length };
}
