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
};

/** What a client's home page needs about their own care; scoped to the actor's own profile. */
export async function getClientHome(actor: Actor): Promise<ClientHome> {
  assertCan(actor, "read:assignment:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: {
      clinician: { select: { name: true } },
      couple: { select: { name: true, confidentiality: true } },
      dischargedAt: true,
      user: { select: { practice: { select: { assignmentLabel: true } } } },
    },
  });
  if (!profile) throw notFound("Your profile");
  return {
    clinicianName: profile.clinician.name,
    coupleName: profile.couple?.name ?? null,
    agreement: profile.couple?.confidentiality ?? null,
    assignmentLabel: profile.user.practice.assignmentLabel,
    accessEndsAt: profile.dischargedAt
      ? new Date(profile.dischargedAt.getTime() + DISCHARGE_ACCESS_MS)
      : null,
  };
}
