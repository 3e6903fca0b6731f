import { forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { invitesRole } from "@/lib/policy/invitations";

/**
 * The invitations an actor manages: a clinician, the client invitations they sent; an admin, the
 * practice's clinician invitations. Anyone else's are not theirs to know about.
 */
export function managedWhere(actor: Actor) {
  const role = invitesRole(actor);
  if (role === "CLIENT") return { practiceId: actor.practiceId, invitedById: actor.userId, role };
  if (role === "CLINICIAN") return { practiceId: actor.practiceId, role };
  throw forbidden();
}

/** Neither accepted nor revoked, and not expired. */
export function pendingWhere(now: Date) {
  return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}
