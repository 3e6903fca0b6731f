import { holdsRole, type Actor } from "./actor";

// Whose care an actor may end or resume: an admin (including a solo practice's admin-clinician)
// anyone in their practice; a clinician only their own caseload.

export function dischargesAcrossPractice(actor: Pick<Actor, "role" | "alsoClinician">): boolean {
  return holdsRole(actor, "ADMIN");
}
