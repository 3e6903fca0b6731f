import "server-only";
import { db } from "@/lib/db";
import { DISCHARGE_ACCESS_MS } from "@/lib/discharge/schemas";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";

export type ClientHome = {
  clinicianName: string;
  coupleName: string | null;
  /** The couple's confidentiality agreement (null outside a couple): it words every privacy sentence. */
  agreement: "NO_SECRETS" | "LIMITED_SECRETS" | null;
  assignmentLabel: string;
  /** Discharged: until when they can still sign in to read and download (null while in care). */
  accessEndsAt: Date | null;
  /** A change to the couple's agreement waits for this partner's confirmation (on /account/privacy). */
  agreementToConfirm: boolean;
};

/** What a client's home page needs about their own care; scoped to the actor's own profile. */
export async function getClientHome(actor: Actor): Promise<ClientHome> {
  assertCan(actor, "read:assignment:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: {
      clinician: { select: { name: true } },
      couple: { select: { id: true, name: true, confidentiality: true } },
      closedAt: true,
      dischargedAt: true,
      user: { select: { practice: { select: { assignmentLabel: true } } } },
    },
  });
  if (!profile) throw notFound("Your profile");
  // A proposal this partner has not confirmed yet (lib/couples/agreement.ts): the home page says so
  // until they confirm it, wherever else they might have missed it (the email, the privacy page).
  const toConfirm =
    profile.couple && !profile.closedAt
      ? await db.coupleAgreement.count({
          where: {
            coupleId: profile.couple.id,
            status: "PENDING",
            confirmations: { none: { clientId: actor.userId } },
          },
        })
      : 0;
  return {
    clinicianName: profile.clinician.name,
    coupleName: profile.couple?.name ?? null,
    agreement: profile.couple?.confidentiality ?? null,
    assignmentLabel: profile.user.practice.assignmentLabel,
    accessEndsAt: profile.dischargedAt
      ? new Date(profile.dischargedAt.getTime() + DISCHARGE_ACCESS_MS)
      : null,
    agreementToConfirm: toConfirm > 0,
  };
}
