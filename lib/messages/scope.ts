import type { Prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { holdsRole, type Actor } from "@/lib/policy/actor";

// Which threads an actor reaches: the `where` every read and write of a thread starts from.
// - A clinician: threads of the clients and couples on their caseload now (a moved client's thread
//   follows them to the new clinician). A closed account's thread stays readable (records are kept).
// - A client with an open account: their own thread (INDIVIDUAL, or PRIVATE when in a couple) and
//   their couple's JOINT thread. Never the partner's PRIVATE thread: it has the partner's clientId.
// Anyone else (admins) is refused. Another practice's thread is simply not found (404).

export function threadScope(actor: Actor): Prisma.MessageThreadWhereInput {
  if (holdsRole(actor, "CLINICIAN")) {
    return {
      practiceId: actor.practiceId,
      OR: [
        { clientId: { not: null }, client: { clinicianId: actor.userId, practiceId: actor.practiceId } },
        { clientId: null, couple: { clinicianId: actor.userId, practiceId: actor.practiceId } },
      ],
    };
  }
  if (actor.role === "CLIENT") {
    return {
      practiceId: actor.practiceId,
      OR: [
        { clientId: actor.userId, client: { closedAt: null } },
        {
          clientId: null,
          kind: "JOINT",
          couple: { members: { some: { userId: actor.userId, closedAt: null } } },
        },
      ],
    };
  }
  throw forbidden();
}

export const clientThreadKey = (clientId: string) => `client:${clientId}`;
export const coupleThreadKey = (coupleId: string) => `couple:${coupleId}`;
