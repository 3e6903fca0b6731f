import "server-only";
import {
  recordAuditMany,
  type AuditEventInput,
  type AuditMetadata,
  type AuditRequestMeta,
} from "@/lib/audit/record";
import { revokeAllSessions } from "@/lib/auth/sessions/store";
import { db, type Prisma } from "@/lib/db";
import { conflict, notFound, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { dischargesAcrossPractice } from "@/lib/policy/discharge";
import { assertCan } from "@/lib/policy/permissions";
import {
  CLOSE_CONFIRM,
  DISCHARGE_ACCESS_DAYS,
  DISCHARGE_ACCESS_MS,
  DISCHARGE_CONFIRM,
  type CareStatus,
  type ConfirmBody,
} from "./schemas";

// Ending and resuming a client's care. Discharge: no new work (lib/assignments/recipients.ts
// refuses it), read and export access for DISCHARGE_ACCESS_DAYS, then the daily retention job ends
// sign-in (endExpiredDischargeAccess). The retention clock (ClientProfile.lastServiceAt) starts at
// discharge; re-admission stops it again. Closure by an admin ends sign-in at once, like a client
// closing their own account. Every step writes one audit event per client, in the same transaction.

type Tx = Prisma.TransactionClient;

const STATUS_SELECT = { userId: true, dischargedAt: true, closedAt: true, lastServiceAt: true } as const;
type Profile = {
  userId: string;
  dischargedAt: Date | null;
  closedAt: Date | null;
  lastServiceAt: Date | null;
};

/** The profiles of one client, or of a couple's partners, that the actor may discharge; else a 404. */
async function reach(actor: Actor, target: { clientId: string } | { coupleId: string }): Promise<Profile[]> {
  const scope = dischargesAcrossPractice(actor)
    ? { practiceId: actor.practiceId }
    : { practiceId: actor.practiceId, clinicianId: actor.userId };
  if ("clientId" in target) {
    const profile = await db.clientProfile.findFirst({
      where: { userId: target.clientId, ...scope },
      select: STATUS_SELECT,
    });
    if (!profile) throw notFound("That client");
    return [profile];
  }
  const couple = await db.couple.findFirst({
    where: { id: target.coupleId, ...scope },
    select: { id: true },
  });
  if (!couple) throw notFound("That couple");
  const members = await db.clientProfile.findMany({
    where: { coupleId: couple.id, practiceId: actor.practiceId },
    select: STATUS_SELECT,
  });
  if (members.length === 0)
    throw unprocessable("Nobody in this couple has joined yet: there is no one to discharge.");
  return members;
}

function toStatus(profiles: Profile[]): CareStatus {
  return {
    clients: profiles.map((p) => ({
      id: p.userId,
      dischargedAt: p.dischargedAt?.toISOString() ?? null,
      accessEndsAt: p.dischargedAt
        ? new Date(p.dischargedAt.getTime() + DISCHARGE_ACCESS_MS).toISOString()
        : null,
      closed: p.closedAt !== null,
    })),
  };
}

function assertOpen(profiles: Profile[]): void {
  if (profiles.some((p) => p.closedAt))
    throw conflict("This account is closed: it cannot be discharged or re-admitted.");
}

async function reload(ids: string[], tx: Tx | typeof db = db): Promise<Profile[]> {
  return tx.clientProfile.findMany({ where: { userId: { in: ids } }, select: STATUS_SELECT });
}

/** One audit event per client whose care changed (ids only, never names). */
function careEvents(action: string, ids: string[], metadata?: AuditMetadata): AuditEventInput[] {
  return ids.map((id) => ({
    action,
    subjectType: "ClientProfile",
    subjectId: id,
    clientId: id,
    ...(metadata ? { metadata } : {}),
  }));
}

const profileIds = (profiles: { userId: string }[]) => profiles.map((p) => p.userId);

async function discharge(
  actor: Actor,
  target: { clientId: string } | { coupleId: string },
  body: ConfirmBody,
  meta: AuditRequestMeta,
  now: Date,
): Promise<CareStatus> {
  assertCan(actor, "discharge:client");
  const profiles = await reach(actor, target);
  if (body.confirm !== DISCHARGE_CONFIRM) throw unprocessable(`Send "${DISCHARGE_CONFIRM}" to confirm.`);
  assertOpen(profiles);
  const pending = profiles.filter((p) => !p.dischargedAt);
  if (pending.length === 0) return toStatus(profiles);
  const ids = pending.map((p) => p.userId);
  return db.$transaction(async (tx) => {
    await tx.clientProfile.updateMany({
      where: { userId: { in: ids } },
      data: { dischargedAt: now, lastServiceAt: now },
    });
    await recordAuditMany(
      actor,
      careEvents("client.discharged", ids, {
        coupleId: "coupleId" in target ? target.coupleId : null,
        accessDays: DISCHARGE_ACCESS_DAYS,
      }),
      meta,
      { tx },
    );
    return toStatus(await reload(profileIds(profiles), tx));
  });
}

async function readmit(
  actor: Actor,
  target: { clientId: string } | { coupleId: string },
  meta: AuditRequestMeta,
): Promise<CareStatus> {
  assertCan(actor, "discharge:client");
  const profiles = await reach(actor, target);
  assertOpen(profiles);
  const discharged = profiles.filter((p) => p.dischargedAt);
  if (discharged.length === 0) throw conflict("Not discharged: nothing to re-admit.");
  const ids = discharged.map((p) => p.userId);
  return db.$transaction(async (tx) => {
    await tx.clientProfile.updateMany({
      where: { userId: { in: ids } },
      data: { dischargedAt: null, lastServiceAt: null },
    });
    // Sign-in that ended with the access period comes back (closure and admin deactivation do not
    // pass through here: a closed account is refused above).
    await tx.user.updateMany({ where: { id: { in: ids } }, data: { deactivatedAt: null } });
    await recordAuditMany(actor, careEvents("client.readmitted", ids), meta, { tx });
    return toStatus(await reload(profileIds(profiles), tx));
  });
}

export const dischargeClient = (
  actor: Actor,
  clientId: string,
  body: ConfirmBody,
  meta: AuditRequestMeta = {},
  now = new Date(),
) => discharge(actor, { clientId }, body, meta, now);
export const dischargeCouple = (
  actor: Actor,
  coupleId: string,
  body: ConfirmBody,
  meta: AuditRequestMeta = {},
  now = new Date(),
) => discharge(actor, { coupleId }, body, meta, now);
export const readmitClient = (actor: Actor, clientId: string, meta: AuditRequestMeta = {}) =>
  readmit(actor, { clientId }, meta);
export const readmitCouple = (actor: Actor, coupleId: string, meta: AuditRequestMeta = {}) =>
  readmit(actor, { coupleId }, meta);

/** An admin closes a client's account: sign-in ends now; the retention clock runs from discharge or now. */
export async function closeClientAccount(
  actor: Actor,
  clientId: string,
  body: ConfirmBody,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<CareStatus> {
  assertCan(actor, "close:client");
  const [profile] = await reach(actor, { clientId });
  if (body.confirm !== CLOSE_CONFIRM) throw unprocessable(`Send "${CLOSE_CONFIRM}" to confirm.`);
  if (profile!.closedAt) return toStatus([profile!]);
  return db.$transaction(async (tx) => {
    await tx.clientProfile.update({
      where: { userId: clientId },
      data: { closedAt: now, lastServiceAt: profile!.dischargedAt ? profile!.lastServiceAt : now },
    });
    await tx.user.update({ where: { id: clientId }, data: { deactivatedAt: now } });
    await tx.authToken.updateMany({ where: { userId: clientId, usedAt: null }, data: { usedAt: now } });
    await revokeAllSessions(clientId, tx);
    await recordAuditMany(
      actor,
      [{ action: "client.closed", subjectType: "ClientProfile", subjectId: clientId, clientId }],
      meta,
      { tx },
    );
    return toStatus(await reload([clientId], tx));
  });
}

/**
 * The daily job's first step: discharged clients whose read-and-export period has passed can no
 * longer sign in (deactivated, sessions ended, one system audit event each).
 */
export async function endExpiredDischargeAccess(now: Date = new Date()): Promise<{ ended: number }> {
  const due = await db.clientProfile.findMany({
    where: {
      dischargedAt: { lte: new Date(now.getTime() - DISCHARGE_ACCESS_MS) },
      closedAt: null,
      user: { deactivatedAt: null },
    },
    select: { userId: true, practiceId: true },
  });
  for (const client of due) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: client.userId }, data: { deactivatedAt: now } });
      await revokeAllSessions(client.userId, tx);
      await recordAuditMany(
        null,
        [
          {
            action: "client.access_ended",
            subjectType: "ClientProfile",
            subjectId: client.userId,
            clientId: client.userId,
            metadata: { accessDays: DISCHARGE_ACCESS_DAYS },
          },
        ],
        {},
        { tx, practiceId: client.practiceId },
      );
    });
  }
  return { ended: due.length };
}
