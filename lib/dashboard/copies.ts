import "server-only";
import { db } from "@/lib/db";
import type { AssignmentStatus, RecipientState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

// Every copy of the clinician's own work that the dashboard counts: sent and waiting for review,
// open and past due, or sent since the person's last appointment. One tagged (parameterised) statement,
// because its shape matters: it walks the clinician's assignments by their index and each one's
// copies by theirs (LATERAL ... OFFSET 0 keeps PostgreSQL in that order). Written with Prisma's
// filters, "every open copy" was matched across every clinician's copies first: a scan of the whole
// AssignmentRecipient table on each dashboard view, growing with the practice's history rather than
// with this clinician's work (docs/performance.md). No answers are read.

export type DashboardCopy = {
  id: string;
  clientId: string;
  state: RecipientState;
  submittedAt: Date | null;
  client: { user: { name: string } };
  assignment: {
    id: string;
    coupleId: string | null;
    dueAt: Date;
    status: AssignmentStatus;
    couple: { name: string } | null;
    exerciseVersion: { title: string };
  };
};

/** Whose copies count as "sent since the last appointment": people with one since `since`, people never seen yet at all. */
export type SentSince = { since: Date | null; peopleWithLast: string[]; peopleWithoutLast: string[] };

type Row = {
  id: string;
  clientId: string;
  state: RecipientState;
  submittedAt: Date | null;
  clientName: string;
  assignmentId: string;
  coupleId: string | null;
  coupleName: string | null;
  dueAt: Date;
  status: AssignmentStatus;
  title: string;
};

const MAX_COPIES = 2_000;

/** Oldest sent first, never sent last. */
export async function dashboardCopies(
  actor: Pick<Actor, "practiceId" | "userId">,
  now: Date,
  sent: SentSince,
): Promise<DashboardCopy[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT r.id, r."clientId", r.state::text AS state, r."submittedAt", u.name AS "clientName",
           a.id AS "assignmentId", a."coupleId", cp.name AS "coupleName", a."dueAt", a.status::text AS status, ev.title
      FROM "Assignment" a
     CROSS JOIN LATERAL (SELECT * FROM "AssignmentRecipient" x WHERE x."assignmentId" = a.id OFFSET 0) r
      JOIN "User" u ON u.id = r."clientId"
      JOIN "ExerciseVersion" ev ON ev.id = a."exerciseVersionId"
      LEFT JOIN "Couple" cp ON cp.id = a."coupleId"
     WHERE a."practiceId" = ${actor.practiceId} AND a."clinicianId" = ${actor.userId}
       AND (r.state = 'SUBMITTED'
            OR (r.state IN ('ASSIGNED', 'IN_PROGRESS') AND a.status = 'ACTIVE' AND a."dueAt" < ${now})
            OR (r."clientId" = ANY(${sent.peopleWithLast}::text[]) AND r."submittedAt" >= ${sent.since ?? now})
            OR (r."clientId" = ANY(${sent.peopleWithoutLast}::text[]) AND r."submittedAt" IS NOT NULL))
     ORDER BY r."submittedAt" ASC NULLS LAST, r.id ASC
     LIMIT ${MAX_COPIES}`;
  return rows.map((r) => ({
    id: r.id,
    clientId: r.clientId,
    state: r.state,
    submittedAt: r.submittedAt,
    client: { user: { name: r.clientName } },
    assignment: {
      id: r.assignmentId,
      coupleId: r.coupleId,
      dueAt: r.dueAt,
      status: r.status,
      couple: r.coupleName === null ? null : { name: r.coupleName },
      exerciseVersion: { title: r.title },
    },
  }));
}
