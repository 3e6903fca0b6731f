import "server-only";
import { clinicianScope } from "@/lib/assignments/scope";
import { recipientSummarySelect } from "@/lib/assignments/select";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { storedDefinition } from "@/lib/exercises/definition";
import { assertCanTreat } from "@/lib/jurisdiction/service";
import type { Actor } from "@/lib/policy/actor";
import { assertActsAsClinician } from "@/lib/policy/assignments";
import { readStoredAnswers } from "@/lib/responses/answers";
import { assignmentContext, type AssignmentContext } from "./dto";

// The assignment under review, as lib/review/service.ts reads it: its copies, which prompts each
// copy's latest submission shares (who may read a comment depends on it), and the audit record of
// every review action and clinician read.

export const reviewAssignmentSelect = {
  id: true,
  status: true,
  coupleId: true,
  exerciseVersion: { select: { title: true, definition: true } },
  recipients: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: recipientSummarySelect,
  },
} satisfies Prisma.AssignmentSelect;

export type AssignmentRow = Prisma.AssignmentGetPayload<{ select: typeof reviewAssignmentSelect }>;

/**
 * Which prompts each copy's latest submission shares (one query for the whole assignment). Unscoped:
 * only for an assignment the caller has already read through the actor's scope.
 */
export async function unsafeSharedPrompts(assignmentId: string): Promise<Map<string, Set<string>>> {
  const [latest, unscreened] = await Promise.all([
    db.responseRevision.findMany({
      where: { response: { recipient: { assignmentId } } },
      orderBy: [{ responseId: "asc" }, { number: "desc" }],
      distinct: ["responseId"],
      select: { answers: true, response: { select: { recipientId: true } } },
    }),
    // A couple's sharing is paused until both are screened "no concern" (lib/safety): then nothing
    // counts as shared, so feedback on a shared answer stays with its author too.
    db.assignmentRecipient.count({
      where: {
        assignmentId,
        assignment: { coupleId: { not: null } },
        client: { safetyScreen: { not: "NO_CONCERN" } },
      },
    }),
  ]);
  const out = new Map<string, Set<string>>();
  if (unscreened > 0) return out;
  for (const row of latest) {
    const answers = readStoredAnswers(row.answers);
    out.set(row.response.recipientId, new Set(Object.keys(answers).filter((id) => answers[id]!.shared)));
  }
  return out;
}

export function contextOf(row: AssignmentRow, shared: Map<string, Set<string>>): AssignmentContext {
  const definition = storedDefinition(row.exerciseVersion.definition);
  return assignmentContext(
    row.exerciseVersion.title,
    definition,
    row.recipients,
    (r) => shared.get(r.id) ?? new Set<string>(),
  );
}

export async function ownAssignment(actor: Actor, assignmentId: string): Promise<AssignmentRow> {
  assertActsAsClinician(actor);
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, ...clinicianScope(actor) },
    select: reviewAssignmentSelect,
  });
  if (!row) throw notFound("That assignment");
  return row;
}

/**
 * Reviewing and commenting are treatment (jurisdiction.md §2): the actor needs a licence covering where
 * everyone on the assignment is now, or it is refused with the same 422 as assigning. Reading is not gated.
 */
export function assertMayReview(actor: Actor, row: AssignmentRow, now: Date = new Date()): Promise<void> {
  return assertCanTreat(
    actor,
    {
      assignmentId: row.id,
      people: row.recipients.map((r) => ({ userId: r.clientId, user: r.client.user })),
    },
    "review",
    now,
  );
}

export function auditReview(
  actor: Actor,
  row: AssignmentRow,
  action: string,
  clientIds: readonly string[],
  meta: AuditRequestMeta,
  metadata: Record<string, string | number | boolean | null> = {},
  tx?: Prisma.TransactionClient,
) {
  return recordAuditMany(
    actor,
    clientIds.map((clientId) => ({
      action,
      subjectType: "Assignment",
      subjectId: row.id,
      clientId,
      metadata,
    })),
    meta,
    tx ? { tx } : {},
  );
}
