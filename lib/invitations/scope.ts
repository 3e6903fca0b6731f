import { forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { invitesRoles } from "@/lib/policy/invitations";

/**
 * The invitations an actor manages: a clinician, the client invitations they sent; an admin, the
 * practice's clinician invitations (an admin who also sees clients: both). Anyone else's are not
 * theirs to know about.
 */
export function managedWhere(actor: Actor) {
  const clauses = invitesRoles(actor).map((role) =>
    role === "CLIENT" ? { role, invitedById: actor.userId } : { role },
  );
  if (clauses.length === 0) throw forbidden();
  return { practiceId: actor.practiceId, OR: clauses };
}

/** Neither accepted nor revoked, and not expired. */
export function pendingWhere(now: Date) {
  return { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
}
