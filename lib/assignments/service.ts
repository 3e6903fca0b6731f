import "server-only";
import { randomUUID } from "node:crypto";
import { recordView } from "@/lib/audit/views";
import { db, type Prisma } from "@/lib/db";
import { badRequest, conflict, notFound, unprocessable } from "@/lib/errors";
import { storedDefinition } from "@/lib/exercises/definition";
import { findVisibleExercise } from "@/lib/exercises/queries";
import { assertCanAssign, assertCanTreat, attachChecksToAssignment } from "@/lib/jurisdiction/service";
import type { Actor } from "@/lib/policy/actor";
import { actsAsClinician, assertActsAsClient, assertActsAsClinician } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import { recordAssignmentEvents, type AssignmentAuditEvent, type AuditMeta } from "./audit";
import { decodeCursor, encodeCursor } from "./cursor";
import { defaultDueForRecipients } from "./default-due";
import { refuseUnconfirmedDuplicate } from "./duplicates";
import { weeklyDueDates } from "./due-dates";
import { toAssignmentDto, toClientDto, toClinicianDto } from "./dto";
import { recordClientNews } from "@/lib/notifications/client-news";
import { resolvePerspectives, resolveRecipients } from "./recipients";
import {
  DEFAULT_PAGE_LIMIT,
  MAX_REPEAT_WEEKS,
  type AssignmentDto,
  type AssignmentListDto,
  type ClientAssignmentDto,
  type ClinicianAssignmentDto,
  type CreateAssignmentInput,
  type CreatedAssignmentsDto,
  type ListAssignmentsQuery,
  type UpdateAssignmentInput,
} from "./schemas";
import { clientScope, clinicianScope, scopeFor } from "./scope";
import { assignmentSelect, type AssignmentRow } from "./select";

// Assignments: a clinician gives one pinned exercise version to a client, or to a couple (one copy,
// an AssignmentRecipient, per partner). Scoping:
// - a clinician reaches the assignments they made, in their practice; anyone else's is a 404;
// - a client reaches the assignments they are a recipient of, and only their own copy of each.

/** The word the actor's practice uses for assigned work ("reflection" unless it chose another). */
export async function practiceAssignmentLabel(actor: Actor): Promise<string> {
  const practice = await db.practice.findUniqueOrThrow({
    where: { id: actor.practiceId },
    select: { assignmentLabel: true },
  });
  return practice.assignmentLabel;
}

// ---------------------------------------------------------------------------------------------
// Creating (who it is for: ./recipients.ts; the default due date: ./default-due.ts)

async function latestAssignableVersion(actor: Actor, slug: string) {
  const exercise = await findVisibleExercise(actor, slug);
  const row = await db.exercise.findUniqueOrThrow({
    where: { id: exercise.id },
    select: {
      archivedAt: true,
      versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, definition: true } },
    },
  });
  if (row.archivedAt)
    throw unprocessable("This exercise is archived, so it can't be given out. Duplicate it to use it again.");
  const latest = row.versions[0];
  if (!latest) throw notFound("That exercise");
  return { id: latest.id, exerciseId: exercise.id, definition: storedDefinition(latest.definition) };
}

/**
 * Gives an exercise (its latest version, pinned) to a client or a couple. Every recipient passes the
 * jurisdiction rule first, or nothing is created (422 naming who and which state). A weekly repeat
 * creates one assignment per week, sharing a seriesId.
 */
export async function createAssignments(
  actor: Actor,
  input: CreateAssignmentInput,
  meta: AuditMeta = {},
  now: Date = new Date(),
): Promise<CreatedAssignmentsDto> {
  assertCan(actor, "assign:exercise:own");
  const { coupleId, recipients } = await resolveRecipients(actor, input);
  const version = await latestAssignableVersion(actor, input.exercise);
  const perspectives = resolvePerspectives(version.definition, recipients, input.perspectives);

  const first = input.dueAt
    ? new Date(input.dueAt)
    : await defaultDueForRecipients(actor, coupleId, recipients, now);
  if (first.getTime() <= now.getTime()) {
    throw badRequest("Choose a due date in the future.", [
      { path: "dueAt", message: "Choose a due date in the future." },
    ]);
  }
  let dueDates = [first];
  if (input.repeatWeeklyUntil) {
    const until = new Date(input.repeatWeeklyUntil);
    if (until.getTime() < first.getTime()) {
      throw badRequest("The repeat should end on or after the first due date.", [
        { path: "repeatWeeklyUntil", message: "The repeat should end on or after the first due date." },
      ]);
    }
    const every = input.repeatEveryWeeks ?? 1;
    dueDates = weeklyDueDates(first, until, actor.timeZone, MAX_REPEAT_WEEKS, every);
    if ((dueDates.length - 1) * every >= MAX_REPEAT_WEEKS) {
      const message = `A weekly repeat can run for at most ${MAX_REPEAT_WEEKS} weeks. Choose an earlier end date.`;
      throw badRequest(message, [{ path: "repeatWeeklyUntil", message }]);
    }
  }

  const clientIds = recipients.map((r) => r.userId);
  await refuseUnconfirmedDuplicate(actor, version.exerciseId, { coupleId, clientIds }, input.allowDuplicate);

  // Every partner must pass; the decision is recorded for each of them either way.
  const check = await assertCanAssign(actor, { clientIds: recipients.map((r) => r.userId) }, now);

  const seriesId = dueDates.length > 1 ? randomUUID() : null;
  const note = input.note?.trim() ? input.note.trim() : null;
  const ids = await db.$transaction(async (tx) => {
    const created: string[] = [];
    for (const dueAt of dueDates) {
      const row = await tx.assignment.create({
        data: {
          practiceId: actor.practiceId,
          clinicianId: actor.userId,
          exerciseVersionId: version.id,
          coupleId,
          note,
          dueAt,
          seriesId,
          recipients: {
            create: recipients.map((r) => ({
              clientId: r.userId,
              perspectiveId: perspectives.get(r.userId) ?? null,
              response: { create: {} },
            })),
          },
        },
        select: { id: true },
      });
      created.push(row.id);
    }
    await attachChecksToAssignment(check.checkIds, created[0]!, tx);
    const events: AssignmentAuditEvent[] = created.flatMap((id) =>
      recipients.map((r) => ({
        action: "assignment.created" as const,
        subjectType: "Assignment" as const,
        subjectId: id,
        clientId: r.userId,
        metadata: { exerciseVersionId: version.id, series: seriesId !== null },
      })),
    );
    await recordAssignmentEvents(actor, events, meta, tx);
    await recordClientNews(tx, newWorkNotices(actor, created, recipients), now);
    return created;
  });

  const rows = await db.assignment.findMany({
    where: { id: { in: ids }, ...clinicianScope(actor) },
    select: assignmentSelect,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return { items: rows.map(toClinicianDto), seriesId };
}

/** Each recipient hears about new work by email, batched (lib/notifications/client-news.ts). */
function newWorkNotices(actor: Actor, assignmentIds: string[], recipients: readonly { userId: string }[]) {
  return assignmentIds.flatMap((assignmentId) =>
    recipients.map((r) => ({
      userId: r.userId,
      kind: "assigned" as const,
      assignmentId,
      actorId: actor.userId,
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// Reading

async function loadAssignment(actor: Actor, id: string): Promise<AssignmentRow> {
  assertCan(actor, "read:assignment:own");
  const row = await db.assignment.findFirst({ where: { id, ...scopeFor(actor) }, select: assignmentSelect });
  if (!row) throw notFound("That assignment");
  return row;
}

/** One assignment; a clinician's read (recipients, the note) is recorded, a client's own is not. */
export async function getAssignment(actor: Actor, id: string, meta: AuditMeta = {}): Promise<AssignmentDto> {
  const row = await loadAssignment(actor, id);
  if (actsAsClinician(actor)) {
    const clientIds = row.recipients.map((r) => r.clientId);
    await recordView(
      actor,
      { action: "assignment.viewed", subjectType: "Assignment", subjectId: row.id, clientIds },
      meta,
    );
  }
  return toAssignmentDto(actor, row);
}

export async function getClientAssignment(actor: Actor, id: string): Promise<ClientAssignmentDto> {
  assertActsAsClient(actor);
  return toClientDto(actor, await loadAssignment(actor, id));
}

export async function getClinicianAssignment(actor: Actor, id: string): Promise<ClinicianAssignmentDto> {
  assertActsAsClinician(actor);
  return toClinicianDto(await loadAssignment(actor, id));
}

/** What a clinician's assignment list is about, for its audit event: the filter, else the caseload. */
function listSubject(query: ListAssignmentsQuery): { subjectType: string; subjectId: string | null } {
  if (query.coupleId) return { subjectType: "Couple", subjectId: query.coupleId };
  if (query.clientId) return { subjectType: "ClientProfile", subjectId: query.clientId };
  if (query.seriesId) return { subjectType: "AssignmentSeries", subjectId: query.seriesId };
  return { subjectType: "Caseload", subjectId: null };
}

/**
 * The actor's assignments, newest due first (or soonest first with sort=dueAt), a page at a time.
 * Filters narrow the actor's scope; they never widen it.
 */
export async function listAssignments(
  actor: Actor,
  query: ListAssignmentsQuery = {},
  meta: AuditMeta = {},
): Promise<AssignmentListDto> {
  assertCan(actor, "read:assignment:own");
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const ascending = query.sort === "dueAt";
  const filters: Prisma.AssignmentWhereInput[] = [scopeFor(actor)];
  if (query.status === "active") filters.push({ status: "ACTIVE" });
  if (query.status === "withdrawn") filters.push({ status: "WITHDRAWN" });
  if (query.seriesId) filters.push({ seriesId: query.seriesId });
  if (actsAsClinician(actor)) {
    if (query.clientId) filters.push({ recipients: { some: { clientId: query.clientId } } });
    if (query.coupleId) filters.push({ coupleId: query.coupleId });
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    filters.push(
      ascending
        ? { OR: [{ dueAt: { gt: c.dueAt } }, { dueAt: c.dueAt, id: { gt: c.id } }] }
        : { OR: [{ dueAt: { lt: c.dueAt } }, { dueAt: c.dueAt, id: { lt: c.id } }] },
    );
  }
  const direction = ascending ? "asc" : "desc";
  const rows = await db.assignment.findMany({
    where: { AND: filters },
    select: assignmentSelect,
    orderBy: [{ dueAt: direction }, { id: direction }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  // A clinician's list shows clients' names and the notes given with the work: one event per list.
  if (actsAsClinician(actor))
    await recordView(
      actor,
      {
        action: "assignments.viewed",
        ...listSubject(query),
        clientIds: query.clientId ? [query.clientId] : [],
        metadata: { assignments: page.length },
      },
      meta,
    );
  return {
    items: page.map((row) => toAssignmentDto(actor, row)),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** Everything a client has been given (at most `max`, newest due first): the home page groups it. */
export async function listMyAssignments(actor: Actor, max = 200): Promise<ClientAssignmentDto[]> {
  assertActsAsClient(actor);
  assertCan(actor, "read:assignment:own");
  const rows = await db.assignment.findMany({
    where: clientScope(actor),
    select: assignmentSelect,
    orderBy: [{ dueAt: "desc" }, { id: "desc" }],
    take: max,
  });
  return rows.map((row) => toClientDto(actor, row));
}

// ---------------------------------------------------------------------------------------------
// Changing

/**
 * Changes the due date or note, or withdraws (optionally with the later weeks of its series).
 * A change passes the jurisdiction rule first (422 like assigning); withdrawing never needs a licence
 * (it pauses the work, as jurisdiction.md advises when the client is out of reach). Withdrawing keeps everything written; the client sees it was withdrawn and can still read it.
 * A withdrawn assignment cannot be changed again (409); withdrawing it twice is harmless.
 */
export async function updateAssignment(
  actor: Actor,
  id: string,
  input: UpdateAssignmentInput,
  meta: AuditMeta = {},
  now: Date = new Date(),
): Promise<ClinicianAssignmentDto> {
  assertCan(actor, "assign:exercise:own");
  const current = await db.assignment.findFirst({
    where: { id, ...clinicianScope(actor) },
    select: {
      id: true,
      status: true,
      dueAt: true,
      seriesId: true,
      recipients: { select: { clientId: true, client: { select: { user: { select: { name: true } } } } } },
    },
  });
  if (!current) throw notFound("That assignment");

  if (input.withdraw) {
    await db.$transaction(async (tx) => {
      const targets = [id];
      if (input.series && current.seriesId) {
        const later = await tx.assignment.findMany({
          where: {
            ...clinicianScope(actor),
            seriesId: current.seriesId,
            status: "ACTIVE",
            dueAt: { gte: current.dueAt },
            NOT: { id },
          },
          select: { id: true },
        });
        targets.push(...later.map((a) => a.id));
      }
      const withdrawn = await tx.assignment.findMany({
        where: { id: { in: targets }, ...clinicianScope(actor), status: "ACTIVE" },
        select: { id: true, recipients: { select: { clientId: true } } },
      });
      if (withdrawn.length === 0) return; // already withdrawn: nothing to do
      await tx.assignment.updateMany({
        where: { id: { in: withdrawn.map((a) => a.id) }, ...clinicianScope(actor), status: "ACTIVE" },
        data: { status: "WITHDRAWN", withdrawnAt: now },
      });
      await recordAssignmentEvents(
        actor,
        withdrawn.flatMap((a) =>
          a.recipients.map((r) => ({
            action: "assignment.withdrawn" as const,
            subjectType: "Assignment" as const,
            subjectId: a.id,
            clientId: r.clientId,
          })),
        ),
        meta,
        tx,
      );
    });
  } else {
    if (current.status === "WITHDRAWN") {
      throw conflict("This was withdrawn, so it can't be changed any more.", { reason: "withdrawn" });
    }
    // Changing a client's work is treatment, like giving it: the same licence check (withdrawing is not).
    await assertCanTreat(
      actor,
      {
        assignmentId: id,
        people: current.recipients.map((r) => ({ userId: r.clientId, user: r.client.user })),
      },
      "change",
      now,
    );
    const data: Prisma.AssignmentUpdateManyMutationInput = {};
    const changed: string[] = [];
    if (input.dueAt !== undefined) {
      const dueAt = new Date(input.dueAt);
      if (dueAt.getTime() <= now.getTime()) {
        throw badRequest("Choose a due date in the future.", [
          { path: "dueAt", message: "Choose a due date in the future." },
        ]);
      }
      data.dueAt = dueAt;
      changed.push("dueAt");
    }
    if (input.note !== undefined) {
      data.note = input.note?.trim() ? input.note.trim() : null;
      changed.push("note");
    }
    await db.$transaction(async (tx) => {
      const result = await tx.assignment.updateMany({
        where: { id, ...clinicianScope(actor), status: "ACTIVE" },
        data,
      });
      if (result.count === 0)
        throw conflict("This was withdrawn, so it can't be changed any more.", { reason: "withdrawn" });
      await recordAssignmentEvents(
        actor,
        current.recipients.map((r) => ({
          action: "assignment.updated" as const,
          subjectType: "Assignment" as const,
          subjectId: id,
          clientId: r.clientId,
          metadata: { fields: changed.join(",") },
        })),
        meta,
        tx,
      );
    });
  }
  return toClinicianDto(await loadAssignment(actor, id));
}
