import "server-only";
import { recordAssignmentEvents, type AuditMeta } from "@/lib/assignments/audit";
import { hasUnsentChanges, perspectiveOf } from "@/lib/assignments/dto";
import { clinicianScope } from "@/lib/assignments/scope";
import { db, type Prisma } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { storedDefinition } from "@/lib/exercises/definition";
import type { Actor } from "@/lib/policy/actor";
import { actsAsClient, actsAsClinician, assertActsAsClinician } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import { firstName } from "@/lib/text/names";
import { readStoredAnswers, sameAnswers, sharedValues } from "./answers";
import { ownCopy, partnerOf, recipientSelect, sharingAvailable, sharingPaused } from "./copy";
import { lockReason } from "./locks";
import type { ClientResponseDto, ClinicianResponsesDto, ResponseDto } from "./schemas";

// Answers. A client reaches only their own copy (AssignmentRecipient) of an assignment they were
// given (./copy.ts), addressed by the assignment id. Rules (the locks: ./locks.ts):
// - every save carries the version it started from; a stale one is refused (409) with the
//   server's copy, so the client can choose; nothing is overwritten silently;
// - a submission keeps the answers as a numbered ResponseRevision; a repeated submit of the same
//   answers creates nothing (two concurrent submits make one revision: the Response row is locked);
// - REVIEWED (by the clinician) or WITHDRAWN locks the copy: reads still work, writes are 409;
// - a partner sees the other's answers marked shared, from their latest submission, and only once
//   both have submitted; never private answers, drafts or unsent changes;
// - the clinician sees every submission, and drafts only where the client allows it.
// This file reads answers; saving and sending them is ./save.ts.

async function unsafeLatestRevisions(responseIds: string[]) {
  if (responseIds.length === 0)
    return new Map<string, { number: number; submittedAt: Date; answers: Prisma.JsonValue }>();
  const rows = await db.responseRevision.findMany({
    where: { responseId: { in: responseIds } },
    orderBy: [{ responseId: "asc" }, { number: "desc" }],
    distinct: ["responseId"],
    select: { responseId: true, number: true, submittedAt: true, answers: true },
  });
  return new Map(rows.map((r) => [r.responseId, r]));
}

async function unsafeRevisionList(responseId: string | undefined) {
  if (!responseId) return [];
  const rows = await db.responseRevision.findMany({
    where: { responseId },
    orderBy: { number: "asc" },
    select: { number: true, submittedAt: true },
  });
  return rows.map((r) => ({ number: r.number, submittedAt: r.submittedAt.toISOString() }));
}

/**
 * The client's own copy, and what their partner shared once both have submitted. Reading the
 * partner's shared answers is a read of the partner's record: it is written to the audit trail
 * (against the partner) before the answers are returned.
 */
export async function getClientResponse(
  actor: Actor,
  assignmentId: string,
  meta: AuditMeta = {},
): Promise<ClientResponseDto> {
  assertCan(actor, "read:assignment:own");
  const copy = await ownCopy(actor, assignmentId, recipientSelect);
  const definition = storedDefinition(copy.assignment.exerciseVersion.definition);
  const partner = partnerOf(copy);
  const bothSubmitted = copy.submittedAt !== null && partner?.submittedAt != null;
  // While sharing is paused (a partner not yet screened "no concern"), nothing shared is shown.
  const paused = sharingPaused(copy);

  let partnerShared: Record<string, unknown> | null = null;
  if (partner && bothSubmitted && !paused) {
    // The partner's latest submission, never their live (possibly unsent) answers.
    const partnerResponse = await db.response.findFirst({
      where: { recipientId: partner.id, recipient: { assignmentId: copy.assignment.id } },
      select: { id: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { answers: true } } },
    });
    const latest = partnerResponse?.revisions[0];
    if (partnerResponse && latest) {
      await recordAssignmentEvents(
        actor,
        [
          {
            action: "response.read",
            subjectType: "Response",
            subjectId: partnerResponse.id,
            clientId: partner.clientId,
            metadata: { assignmentId: copy.assignment.id, view: "partner_shared" },
          },
        ],
        meta,
      );
    }
    partnerShared = latest ? sharedValues(readStoredAnswers(latest.answers)) : {};
  }

  return {
    view: "client",
    assignmentId: copy.assignment.id,
    state: copy.state,
    locked: lockReason(copy),
    version: copy.response?.version ?? 0,
    answers: readStoredAnswers(copy.response?.answers ?? {}),
    updatedAt: (copy.response?.updatedAt ?? new Date(0)).toISOString(),
    submittedAt: copy.submittedAt?.toISOString() ?? null,
    hasUnsentChanges: hasUnsentChanges(copy),
    revisions: await unsafeRevisionList(copy.response?.id),
    // A standard measure is for the therapist only: no sharing with a partner, whatever the agreement.
    sharingAvailable: sharingAvailable(copy) && !paused && !definition.measure,
    sharingPaused: paused,
    partner: partner
      ? {
          firstName: firstName(partner.client.user.name),
          perspective: perspectiveOf(definition, partner.perspectiveId),
          submitted: partner.submittedAt !== null,
          shared: partnerShared,
        }
      : null,
  };
}

/**
 * Everything submitted, per recipient, for the clinician who gave it; drafts only where the client
 * allows it. Each opening is recorded in the audit trail (one event per client) before anything
 * is returned.
 */
export async function getClinicianResponses(
  actor: Actor,
  assignmentId: string,
  meta: AuditMeta = {},
): Promise<ClinicianResponsesDto> {
  assertCan(actor, "read:assignment:own");
  assertActsAsClinician(actor);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...clinicianScope(actor) },
    select: {
      id: true,
      coupleId: true,
      exerciseVersion: { select: { definition: true } },
      recipients: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          clientId: true,
          perspectiveId: true,
          state: true,
          submittedAt: true,
          client: {
            select: { shareDraftsWithClinician: true, safetyScreen: true, user: { select: { name: true } } },
          },
          response: { select: { id: true, version: true, answers: true, updatedAt: true } },
        },
      },
    },
  });
  if (!assignment) throw notFound("That assignment");
  const definition = storedDefinition(assignment.exerciseVersion.definition);
  const responseIds = assignment.recipients
    .map((r) => r.response?.id)
    .filter((id): id is string => Boolean(id));
  const latest = await unsafeLatestRevisions(responseIds);
  const allRevisions = responseIds.length
    ? await db.responseRevision.findMany({
        where: { responseId: { in: responseIds } },
        orderBy: { number: "asc" },
        select: { responseId: true, number: true, submittedAt: true },
      })
    : [];

  await recordAssignmentEvents(
    actor,
    assignment.recipients.map((r) => ({
      action: "response.read" as const,
      subjectType: "Assignment" as const,
      subjectId: assignment.id,
      clientId: r.clientId,
      metadata: { drafts: r.client.shareDraftsWithClinician },
    })),
    meta,
  );

  return {
    view: "clinician",
    assignmentId: assignment.id,
    // The same rule as ./copy.ts sharingPaused: a couple's answers marked shared are not shown to the
    // partner while anyone on the copy is not screened "no concern".
    sharingPaused:
      assignment.coupleId !== null &&
      assignment.recipients.some((r) => r.client.safetyScreen !== "NO_CONCERN"),
    recipients: assignment.recipients.map((r) => {
      const revision = r.response ? latest.get(r.response.id) : undefined;
      const live = r.response ? readStoredAnswers(r.response.answers) : {};
      const unsent =
        r.response &&
        r.response.version > 0 &&
        (!r.submittedAt || r.response.updatedAt.getTime() > r.submittedAt.getTime());
      const draftDiffers = revision
        ? !sameAnswers(live, readStoredAnswers(revision.answers))
        : Object.keys(live).length > 0;
      return {
        clientId: r.clientId,
        name: r.client.user.name,
        perspective: perspectiveOf(definition, r.perspectiveId),
        state: r.state,
        submitted: revision
          ? {
              revision: revision.number,
              submittedAt: revision.submittedAt.toISOString(),
              answers: readStoredAnswers(revision.answers),
            }
          : null,
        revisions: allRevisions
          .filter((x) => x.responseId === r.response?.id)
          .map((x) => ({ number: x.number, submittedAt: x.submittedAt.toISOString() })),
        draft:
          r.client.shareDraftsWithClinician && r.response && unsent && draftDiffers
            ? { version: r.response.version, updatedAt: r.response.updatedAt.toISOString(), answers: live }
            : null,
        draftsShared: r.client.shareDraftsWithClinician,
      };
    }),
  };
}

export async function getResponse(
  actor: Actor,
  assignmentId: string,
  meta: AuditMeta = {},
): Promise<ResponseDto> {
  if (actsAsClient(actor)) return getClientResponse(actor, assignmentId, meta);
  if (actsAsClinician(actor)) return getClinicianResponses(actor, assignmentId, meta);
  throw forbidden();
}
