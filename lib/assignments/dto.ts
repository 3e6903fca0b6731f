// Assignment rows (lib/assignments/select.ts) to the DTOs each side gets. No database access.
import type { Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { storedDefinition } from "@/lib/exercises/definition";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import type { Actor } from "@/lib/policy/actor";
import { actsAsClinician } from "@/lib/policy/assignments";
import { firstName } from "@/lib/text/names";
import type { AssignmentDto, ClientAssignmentDto, ClinicianAssignmentDto } from "./schemas";
import type { AssignmentRow, recipientSummarySelect } from "./select";

export function perspectiveOf(
  definition: ExerciseDefinition,
  perspectiveId: string | null,
): { id: string; label: string } | null {
  if (!perspectiveId) return null;
  const found = definition.perspectives?.find((p) => p.id === perspectiveId);
  return { id: perspectiveId, label: found?.label ?? perspectiveId };
}

function base(row: AssignmentRow) {
  return {
    id: row.id,
    exercise: {
      slug: row.exerciseVersion.exercise.slug,
      title: row.exerciseVersion.title,
      version: row.exerciseVersion.version,
      versionId: row.exerciseVersion.id,
      estimatedMinutes: row.exerciseVersion.estimatedMinutes,
    },
    note: row.note,
    dueAt: row.dueAt.toISOString(),
    status: row.status,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    seriesId: row.seriesId,
    createdAt: row.createdAt.toISOString(),
  };
}

type RecipientSummaryRow = Prisma.AssignmentRecipientGetPayload<{ select: typeof recipientSummarySelect }>;

/** One copy of an assignment (read with `recipientSummarySelect`): whose, from which side, where it stands. */
export function recipientSummary(r: RecipientSummaryRow, definition: ExerciseDefinition) {
  return {
    clientId: r.clientId,
    name: r.client.user.name,
    perspective: perspectiveOf(definition, r.perspectiveId),
    state: r.state,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
  };
}

export function toClinicianDto(row: AssignmentRow): ClinicianAssignmentDto {
  const definition = storedDefinition(row.exerciseVersion.definition);
  return {
    view: "clinician",
    ...base(row),
    couple: row.couple,
    recipients: row.recipients.map((r) => recipientSummary(r, definition)),
  };
}

/** Sent at least once, and changed since the last send. */
export function hasUnsentChanges(recipient: {
  submittedAt: Date | null;
  response: { updatedAt: Date } | null;
}): boolean {
  return Boolean(
    recipient.submittedAt &&
    recipient.response &&
    recipient.response.updatedAt.getTime() > recipient.submittedAt.getTime(),
  );
}

export function toClientDto(actor: Actor, row: AssignmentRow): ClientAssignmentDto {
  const me = row.recipients.find((r) => r.clientId === actor.userId);
  // The scope guarantees a copy; a row without one is not theirs.
  if (!me) throw notFound("That assignment");
  const partner = row.coupleId ? row.recipients.find((r) => r.clientId !== actor.userId) : undefined;
  const definition = storedDefinition(row.exerciseVersion.definition);
  return {
    view: "client",
    ...base(row),
    clinicianName: row.clinician.name,
    couple: row.couple ? { name: row.couple.name } : null,
    perspective: perspectiveOf(definition, me.perspectiveId),
    state: me.state,
    submittedAt: me.submittedAt?.toISOString() ?? null,
    reviewedAt: me.reviewedAt?.toISOString() ?? null,
    hasUnsentChanges: hasUnsentChanges(me),
    partner: partner
      ? { firstName: firstName(partner.client.user.name), submitted: partner.submittedAt !== null }
      : null,
  };
}

export function toAssignmentDto(actor: Actor, row: AssignmentRow): AssignmentDto {
  return actsAsClinician(actor) ? toClinicianDto(row) : toClientDto(actor, row);
}
