import { Prisma } from "@/lib/db/client";
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

/**
 * The same rule as threadScope, for the hand-written inbox statements (./inbox.ts): a condition on
 * `t` ("MessageThread") and `c` (its "ClientProfile", LEFT JOINed on t."clientId"). Kept next to
 * threadScope so that the two are reviewed together; tests/integration/messages/inbox-sql.test.ts
 * checks they select the same threads. A clinician's threads are found from their caseload (by the
 * thread indexes on clientId and coupleId), not by walking every thread of the practice.
 */
export function threadScopeSql(actor: Actor): Prisma.Sql {
  if (holdsRole(actor, "CLINICIAN")) {
    return Prisma.sql`t."practiceId" = ${actor.practiceId} AND t.id IN (
        SELECT x.id FROM "MessageThread" x
          JOIN "ClientProfile" xp ON xp."userId" = x."clientId"
         WHERE xp."clinicianId" = ${actor.userId} AND xp."practiceId" = ${actor.practiceId}
        UNION ALL
        SELECT x.id FROM "MessageThread" x
          JOIN "Couple" xc ON xc.id = x."coupleId"
         WHERE x."clientId" IS NULL AND xc."clinicianId" = ${actor.userId} AND xc."practiceId" = ${actor.practiceId})`;
  }
  if (actor.role === "CLIENT") {
    return Prisma.sql`t."practiceId" = ${actor.practiceId} AND (
        (t."clientId" = ${actor.userId} AND c."closedAt" IS NULL)
        OR (t."clientId" IS NULL AND t.kind = 'JOINT' AND EXISTS (
              SELECT 1 FROM "ClientProfile" me
               WHERE me."coupleId" = t."coupleId" AND me."userId" = ${actor.userId} AND me."closedAt" IS NULL)))`;
  }
  throw forbidden();
}

export const clientThreadKey = (clientId: string) => `client:${clientId}`;
export const coupleThreadKey = (coupleId: string) => `couple:${coupleId}`;
