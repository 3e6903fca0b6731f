import type { Actor } from "./actor";
import { can } from "./permissions";

// Licences: clinicians hold them, practice admins verify them. Which licences an actor reads and
// who gets expiry reminders follow from those two permissions.

/** An admin (who verifies licences) reads every licence of the practice; a clinician only their own. */
export function readsPracticeLicences(actor: Pick<Actor, "role">): boolean {
  return can(actor, "verify:licence");
}

/** Only someone who holds licences of their own is reminded that one is about to expire. */
export function holdsLicences(actor: Pick<Actor, "role">): boolean {
  return can(actor, "manage:licence:own");
}
