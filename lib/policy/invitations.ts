import { holdsRole, type Actor } from "./actor";

// Invitations are managed by role: a clinician invites (and manages the invitations of) their own
// clients; a practice admin invites the practice's clinicians; an admin who also sees clients does
// both. Nobody else invites anyone.

/** The roles of the people this actor invites (none for clients). */
export function invitesRoles(actor: Pick<Actor, "role" | "alsoClinician">): ("CLIENT" | "CLINICIAN")[] {
  const roles: ("CLIENT" | "CLINICIAN")[] = [];
  if (holdsRole(actor, "CLINICIAN")) roles.push("CLIENT");
  if (holdsRole(actor, "ADMIN")) roles.push("CLINICIAN");
  return roles;
}
