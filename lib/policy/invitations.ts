import type { Actor } from "./actor";

// Invitations are managed by role: a clinician invites (and manages the invitations of) their own
// clients; a practice admin invites the practice's clinicians. Nobody else invites anyone.

/** The role of the people this actor invites, or null when they invite nobody. */
export function invitesRole(actor: Pick<Actor, "role">): "CLIENT" | "CLINICIAN" | null {
  if (actor.role === "CLINICIAN") return "CLIENT";
  if (actor.role === "ADMIN") return "CLINICIAN";
  return null;
}
