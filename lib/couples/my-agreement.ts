import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { PrivacyAgreement } from "./private-choice";

/**
 * The confidentiality agreement the client's couple works under (null outside a couple), for pages
 * that word privacy with it (./privacy-words.ts) and need nothing else of the couple, e.g. the
 * messages. Scoped to the actor's own profile; a clinician has none.
 */
export async function myAgreement(actor: Actor): Promise<PrivacyAgreement> {
  assertCan(actor, "read:assignment:own");
  if (actor.role !== "CLIENT") return null;
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId },
    select: { couple: { select: { confidentiality: true } } },
  });
  return profile?.couple?.confidentiality ?? null;
}
