import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { RecordSafetyScreenInput, SafetyScreenDto, SafetyScreenOutcome } from "./schemas";

// The individual safety screen (intimate partner violence, coercive control) a clinician does with
// each partner before joint work. Sharing between partners is on only while every partner of the
// couple is screened NO_CONCERN (./sharing.ts). The outcome is seen by the clinician (and by the
// admin, in the audit trail); a client is never told anything about a screen, their own or the other's.

/** Records the outcome for a client of the actor's own caseload; the change is audited with the outcome. */
export async function recordSafetyScreen(
  actor: Actor,
  clientId: string,
  input: RecordSafetyScreenInput,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<SafetyScreenDto> {
  assertCan(actor, "screen:client:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: clientId, practiceId: actor.practiceId, clinicianId: actor.userId },
    select: { userId: true, coupleId: true, safetyScreen: true },
  });
  if (!profile) throw notFound("That client");
  const screenedAt = await db.$transaction(async (tx) => {
    const row = await tx.clientProfile.update({
      where: { userId: profile.userId },
      data: { safetyScreen: input.outcome, safetyScreenedAt: now },
      select: { safetyScreenedAt: true },
    });
    await recordAuditMany(
      actor,
      [
        {
          action: "client.safety_screen_recorded",
          subjectType: "ClientProfile",
          subjectId: profile.userId,
          clientId: profile.userId,
          metadata: { outcome: input.outcome, previous: profile.safetyScreen },
        },
      ],
      meta,
      { tx },
    );
    return row.safetyScreenedAt;
  });
  return {
    clientId: profile.userId,
    outcome: input.outcome,
    screenedAt: screenedAt?.toISOString() ?? null,
    coupleSharingCleared: profile.coupleId ? await coupleSharingCleared(profile.coupleId) : null,
  };
}

/** Whether every partner of the couple is screened "no concern" (a couple with nobody yet is not). */
export async function coupleSharingCleared(coupleId: string): Promise<boolean> {
  const outcomes = await db.clientProfile.findMany({
    where: { coupleId },
    select: { safetyScreen: true },
  });
  return outcomes.length > 0 && outcomes.every((o) => o.safetyScreen === "NO_CONCERN");
}

export type PartnerScreen = {
  clientId: string;
  outcome: SafetyScreenOutcome;
  screenedAt: string | null;
};

/**
 * The screens of a couple of the actor's caseload, for the couple's page (which records its own
 * `couple.viewed` event for the partners). Empty for a couple that is not the actor's.
 */
export async function coupleScreens(actor: Actor, coupleId: string): Promise<PartnerScreen[]> {
  assertCan(actor, "screen:client:own");
  const rows = await db.clientProfile.findMany({
    where: { coupleId, practiceId: actor.practiceId, clinicianId: actor.userId },
    select: { userId: true, safetyScreen: true, safetyScreenedAt: true },
  });
  return rows.map((r) => ({
    clientId: r.userId,
    outcome: r.safetyScreen,
    screenedAt: r.safetyScreenedAt?.toISOString() ?? null,
  }));
}

/** Couples of the actor's caseload where sharing is paused (someone not screened "no concern"). */
export async function pausedCoupleIds(actor: Actor): Promise<Set<string>> {
  assertCan(actor, "screen:client:own");
  const rows = await db.clientProfile.findMany({
    where: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      coupleId: { not: null },
      safetyScreen: { not: "NO_CONCERN" },
    },
    select: { coupleId: true },
    distinct: ["coupleId"],
  });
  return new Set(rows.map((r) => r.coupleId!));
}
