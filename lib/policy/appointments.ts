import type { Actor } from "./actor";
import { assertCan } from "./permissions";

// Who may keep a schedule, and whose appointments they reach. An appointment belongs to the
// clinician who holds it: another clinician's appointment, even in the same practice, is a 404.

/** Scheduling, moving and cancelling appointments is open to clinicians only (for their own). */
export function assertCanManageAppointments(actor: Pick<Actor, "role">): void {
  assertCan(actor, "manage:appointment:own");
}

/** The appointments the acting clinician holds, in their own practice. */
export function ownAppointmentsWhere(actor: Pick<Actor, "practiceId" | "userId">) {
  return { practiceId: actor.practiceId, clinicianId: actor.userId };
}
