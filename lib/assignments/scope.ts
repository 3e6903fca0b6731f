import type { Prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { actsAsClient, actsAsClinician } from "@/lib/policy/assignments";

// Which assignments an actor reaches (the `where` every read and write of an assignment starts from):
// - a clinician, the assignments they made, in their practice; anyone else's is a 404;
// - a client, the assignments they are a recipient of (and, through lib/responses, only their own copy).
// Other features (review, responses, prep) scope assignments with these, never with their own.

export const clinicianScope = (actor: Actor): Prisma.AssignmentWhereInput => ({
  practiceId: actor.practiceId,
  clinicianId: actor.userId,
});

export const clientScope = (actor: Actor): Prisma.AssignmentWhereInput => ({
  practiceId: actor.practiceId,
  recipients: { some: { clientId: actor.userId } },
});

/** The scope of whichever side of assignments the actor is on; anyone else is refused (403). */
export function scopeFor(actor: Actor): Prisma.AssignmentWhereInput {
  if (actsAsClinician(actor)) return clinicianScope(actor);
  if (actsAsClient(actor)) return clientScope(actor);
  throw forbidden();
}
