import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { revokeAllSessions } from "@/lib/auth/sessions/store";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { CloseAccountResult } from "./schemas";

// A client closes their account: they are deactivated at once (every sign-in session ends, sign-in links
// stop working), no more email goes to them, and their partner and clinician carry on. Their record
// is kept for the practice's retention period (Practice.retentionYears after their last service),
// then the retention job (./purge.ts) deletes it.

type Reader = Pick<Prisma.TransactionClient, "appointment" | "assignmentRecipient">;

/**
 * The date retention counts from: ClientProfile.lastServiceAt when set, else the latest of their
 * past appointments and submissions, else when the account was closed.
 */
export async function lastServiceOf(
  client: { userId: string; lastServiceAt: Date | null; closedAt: Date | null; createdAt: Date },
  now: Date,
  tx: Reader = db,
): Promise<Date> {
  if (client.lastServiceAt) return client.lastServiceAt;
  const [appointment, submission] = await Promise.all([
    tx.appointment.findFirst({
      where: {
        cancelledAt: null,
        startsAt: { lte: now },
        OR: [{ clientId: client.userId }, { couple: { members: { some: { userId: client.userId } } } }],
      },
      orderBy: { startsAt: "desc" },
      select: { startsAt: true },
    }),
    tx.assignmentRecipient.findFirst({
      where: { clientId: client.userId, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: { submittedAt: true },
    }),
  ]);
  const times = [appointment?.startsAt, submission?.submittedAt]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => d.getTime());
  if (times.length) return new Date(Math.max(...times));
  return client.closedAt ?? client.createdAt;
}

export function retentionEnds(lastService: Date, retentionYears: number): Date {
  const end = new Date(lastService);
  end.setUTCFullYear(end.getUTCFullYear() + retentionYears);
  return end;
}

export async function closeMyAccount(
  actor: Actor,
  meta: AuditRequestMeta,
  now: Date = new Date(),
): Promise<CloseAccountResult> {
  assertCan(actor, "close:account:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: {
      userId: true,
      lastServiceAt: true,
      closedAt: true,
      createdAt: true,
      user: { select: { practice: { select: { retentionYears: true } } } },
    },
  });
  if (!profile) throw notFound("Your account");

  const closedAt = profile.closedAt ?? now;
  const lastService = await lastServiceOf({ ...profile, closedAt }, now);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { deactivatedAt: now } });
    await tx.clientProfile.update({
      where: { userId: actor.userId },
      data: { closedAt, lastServiceAt: lastService },
    });
    // Unused sign-in links and reset links stop working with the account.
    await tx.authToken.updateMany({ where: { userId: actor.userId, usedAt: null }, data: { usedAt: now } });
    await revokeAllSessions(actor.userId, tx);
    await recordAudit(
      actor,
      {
        action: "account.closed",
        subjectType: "ClientProfile",
        subjectId: actor.userId,
        clientId: actor.userId,
      },
      meta,
      { tx },
    );
  });
  return {
    closedAt: closedAt.toISOString(),
    keptUntil: retentionEnds(lastService, profile.user.practice.retentionYears).toISOString(),
  };
}

/** What the confirm page says before anything happens. */
export async function describeClosing(
  actor: Actor,
  now: Date = new Date(),
): Promise<{ retentionYears: number; keptUntil: string; practice: string }> {
  assertCan(actor, "close:account:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: {
      userId: true,
      lastServiceAt: true,
      closedAt: true,
      createdAt: true,
      user: { select: { practice: { select: { retentionYears: true, name: true } } } },
    },
  });
  if (!profile) throw notFound("Your account");
  const lastService = await lastServiceOf({ ...profile, closedAt: profile.closedAt ?? now }, now);
  return {
    retentionYears: profile.user.practice.retentionYears,
    keptUntil: retentionEnds(lastService, profile.user.practice.retentionYears).toISOString(),
    practice: profile.user.practice.name,
  };
}
