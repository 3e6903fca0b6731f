import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Prisma } from "@/lib/db";
import { badRequest, conflict, forbidden, notFound, unprocessable } from "@/lib/errors";
import { findVisibleExercise, storedDefinition } from "@/lib/exercises/queries";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { assertCanAssign, attachChecksToAssignment } from "@/lib/jurisdiction/service";
import { firstName } from "@/lib/jurisdiction/explain";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { recordAssignmentEvents, type AssignmentAuditEvent, type AuditMeta } from "./audit";
import { decodeCursor, encodeCursor } from "./cursor";
import { defaultDueAt, DUE_BEFORE_APPOINTMENT_MS, weeklyDueDates } from "./due-dates";
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

// Assignments: a clinician gives one pinned exercise version to a client, or to a couple (one copy,
// an AssignmentRecipient, per partner). Scoping:
// - a clinician reaches the assignments they made, in their practice; anyone else's is a 404;
// - a client reaches the assignments they are a recipient of, and only their own copy of each.

export const clinicianScope = (actor: Actor): Prisma.AssignmentWhereInput => ({
  practiceId: actor.practiceId,
  clinicianId: actor.userId,
});

export const clientScope = (actor: Actor): Prisma.AssignmentWhereInput => ({
  practiceId: actor.practiceId,
  recipients: { some: { clientId: actor.userId } },
});

export function scopeFor(actor: Actor): Prisma.AssignmentWhereInput {
  if (actor.role === "CLINICIAN") return clinicianScope(actor);
  if (actor.role === "CLIENT") return clientScope(actor);
  throw forbidden();
}

export const assignmentSelect = {
  id: true,
  note: true,
  dueAt: true,
  status: true,
  withdrawnAt: true,
  seriesId: true,
  createdAt: true,
  coupleId: true,
  couple: { select: { id: true, name: true } },
  clinician: { select: { name: true } },
  exerciseVersion: {
    select: { id: true, version: true, title: true, estimatedMinutes: true, definition: true, exercise: { select: { slug: true } } },
  },
  recipients: {
    select: {
      id: true,
      clientId: true,
      perspectiveId: true,
      state: true,
      submittedAt: true,
      reviewedAt: true,
      client: { select: { user: { select: { name: true } } } },
      response: { select: { updatedAt: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.AssignmentSelect;

export type AssignmentRow = Prisma.AssignmentGetPayload<{ select: typeof assignmentSelect }>;

export function perspectiveOf(definition: ExerciseDefinition, perspectiveId: string | null): { id: string; label: string } | null {
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

export function toClinicianDto(row: AssignmentRow): ClinicianAssignmentDto {
  const definition = storedDefinition(row.exerciseVersion.definition);
  return {
    view: "clinician",
    ...base(row),
    couple: row.couple,
    recipients: row.recipients.map((r) => ({
      clientId: r.clientId,
      name: r.client.user.name,
      perspective: perspectiveOf(definition, r.perspectiveId),
      state: r.state,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
    })),
  };
}

/** Sent at least once, and changed since the last send. */
export function hasUnsentChanges(recipient: { submittedAt: Date | null; response: { updatedAt: Date } | null }): boolean {
  return Boolean(recipient.submittedAt && recipient.response && recipient.response.updatedAt.getTime() > recipient.submittedAt.getTime());
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
    partner: partner ? { firstName: firstName(partner.client.user.name), submitted: partner.submittedAt !== null } : null,
  };
}

function toDto(actor: Actor, row: AssignmentRow): AssignmentDto {
  return actor.role === "CLINICIAN" ? toClinicianDto(row) : toClientDto(actor, row);
}

// ---------------------------------------------------------------------------------------------
// Creating

type Recipient = { userId: string; name: string };

async function resolveRecipients(actor: Actor, input: Pick<CreateAssignmentInput, "clientId" | "coupleId">) {
  const caseload = { practiceId: actor.practiceId, clinicianId: actor.userId };
  const select = { userId: true, closedAt: true, user: { select: { name: true, deactivatedAt: true } } } as const;
  if (input.coupleId) {
    const couple = await db.couple.findFirst({ where: { id: input.coupleId, ...caseload }, select: { id: true } });
    if (!couple) throw notFound("That couple");
    const members = await db.clientProfile.findMany({
      where: { coupleId: couple.id, ...caseload, closedAt: null, user: { deactivatedAt: null } },
      select,
      orderBy: { user: { name: "asc" } },
    });
    if (members.length === 0) {
      throw unprocessable("Nobody in this couple has accepted their invitation yet, so there is no one to give this to.");
    }
    return { coupleId: couple.id, recipients: members.map((m) => ({ userId: m.userId, name: m.user.name })) };
  }
  const profile = await db.clientProfile.findFirst({ where: { userId: input.clientId!, ...caseload }, select });
  if (!profile) throw notFound("That client");
  if (profile.closedAt || profile.user.deactivatedAt) {
    throw unprocessable(`${firstName(profile.user.name)}'s account is closed, so new work can't be given to them.`);
  }
  return { coupleId: null, recipients: [{ userId: profile.userId, name: profile.user.name }] };
}

/** Which perspective each recipient answers from; every problem is reported with its field path. */
function resolvePerspectives(
  definition: ExerciseDefinition,
  recipients: readonly Recipient[],
  chosen: Record<string, string> | undefined,
): Map<string, string | null> {
  const result = new Map<string, string | null>();
  const problems: { path: string; message: string }[] = [];
  const given = chosen ?? {};
  for (const id of Object.keys(given)) {
    if (!recipients.some((r) => r.userId === id)) {
      problems.push({ path: `perspectives.${id}`, message: "This person is not one of the people this is for." });
    }
  }
  if (!definition.perspectives) {
    if (Object.keys(given).length > 0) {
      problems.push({ path: "perspectives", message: "This exercise has no perspectives: everyone answers the same questions." });
    }
    for (const r of recipients) result.set(r.userId, null);
  } else {
    for (const r of recipients) {
      const id = given[r.userId];
      if (!id) {
        problems.push({ path: `perspectives.${r.userId}`, message: `Choose which side ${firstName(r.name)} answers from.` });
      } else if (!definition.perspectives.some((p) => p.id === id)) {
        problems.push({ path: `perspectives.${r.userId}`, message: "That perspective is not part of this exercise." });
      } else {
        result.set(r.userId, id);
      }
    }
  }
  if (problems.length > 0) throw badRequest(problems[0]!.message, problems);
  return result;
}

/** Upcoming appointments of the actor with these people (for the default due date). */
async function upcomingAppointmentStarts(actor: Actor, target: { coupleId: string | null; clientIds: readonly string[] }, now: Date) {
  const appointments = await db.appointment.findMany({
    where: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      cancelledAt: null,
      startsAt: { gt: now },
      OR: [...(target.coupleId ? [{ coupleId: target.coupleId }] : []), { clientId: { in: [...target.clientIds] } }],
    },
    select: { startsAt: true },
    orderBy: { startsAt: "asc" },
    take: 10,
  });
  return appointments.map((s) => s.startsAt);
}

/** The due date the assign form proposes for a client or couple. */
export async function defaultDueFor(actor: Actor, target: { clientId?: string; coupleId?: string }, now: Date = new Date()): Promise<Date> {
  assertCan(actor, "assign:exercise:own");
  const { coupleId, recipients } = await resolveRecipients(actor, target);
  return defaultDueAt(now, await upcomingAppointmentStarts(actor, { coupleId, clientIds: recipients.map((r) => r.userId) }, now));
}

/** The word the actor's practice uses for assigned work ("reflection" unless it chose another). */
export async function practiceAssignmentLabel(actor: Actor): Promise<string> {
  const practice = await db.practice.findUniqueOrThrow({ where: { id: actor.practiceId }, select: { assignmentLabel: true } });
  return practice.assignmentLabel;
}

export type DefaultDue = { dueAt: string; basis: "appointment" | "week" };

function defaultDue(now: Date, starts: Date[]): DefaultDue {
  const dueAt = defaultDueAt(now, starts);
  return { dueAt: dueAt.toISOString(), basis: starts.some((s) => s.getTime() - dueAt.getTime() === DUE_BEFORE_APPOINTMENT_MS) ? "appointment" : "week" };
}

/**
 * Default due dates for every client ("client:<id>") and couple ("couple:<id>") of the actor's
 * caseload, for the assign form, with what they are based on.
 */
export async function defaultDueDates(actor: Actor, now: Date = new Date()): Promise<Record<string, DefaultDue>> {
  assertCan(actor, "assign:exercise:own");
  const appointments = await db.appointment.findMany({
    where: { practiceId: actor.practiceId, clinicianId: actor.userId, cancelledAt: null, startsAt: { gt: now } },
    select: { startsAt: true, clientId: true, coupleId: true },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  const profiles = await db.clientProfile.findMany({
    where: { practiceId: actor.practiceId, clinicianId: actor.userId, closedAt: null },
    select: { userId: true, coupleId: true },
  });
  const result: Record<string, DefaultDue> = {};
  const startsFor = (pred: (s: (typeof appointments)[number]) => boolean) => appointments.filter(pred).map((s) => s.startsAt);
  for (const p of profiles) result[`client:${p.userId}`] = defaultDue(now, startsFor((s) => s.clientId === p.userId));
  const coupleIds = [...new Set(profiles.map((p) => p.coupleId).filter((id): id is string => id !== null))];
  for (const coupleId of coupleIds) {
    const members = profiles.filter((p) => p.coupleId === coupleId).map((p) => p.userId);
    result[`couple:${coupleId}`] = defaultDue(
      now,
      startsFor((s) => s.coupleId === coupleId || (s.clientId !== null && members.includes(s.clientId))),
    );
  }
  return result;
}

async function latestAssignableVersion(actor: Actor, slug: string) {
  const exercise = await findVisibleExercise(actor, slug);
  const row = await db.exercise.findUniqueOrThrow({
    where: { id: exercise.id },
    select: { archivedAt: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true, definition: true } } },
  });
  if (row.archivedAt) throw unprocessable("This exercise is archived, so it can't be given out. Duplicate it to use it again.");
  const latest = row.versions[0];
  if (!latest) throw notFound("That exercise");
  return { id: latest.id, definition: storedDefinition(latest.definition) };
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
    : defaultDueAt(now, await upcomingAppointmentStarts(actor, { coupleId, clientIds: recipients.map((r) => r.userId) }, now));
  if (first.getTime() <= now.getTime()) {
    throw badRequest("Choose a due date in the future.", [{ path: "dueAt", message: "Choose a due date in the future." }]);
  }
  let dueDates = [first];
  if (input.repeatWeeklyUntil) {
    const until = new Date(input.repeatWeeklyUntil);
    if (until.getTime() < first.getTime()) {
      throw badRequest("The repeat should end on or after the first due date.", [
        { path: "repeatWeeklyUntil", message: "The repeat should end on or after the first due date." },
      ]);
    }
    dueDates = weeklyDueDates(first, until, actor.timeZone, MAX_REPEAT_WEEKS);
    if (dueDates.length > MAX_REPEAT_WEEKS) {
      const message = `A weekly repeat can run for at most ${MAX_REPEAT_WEEKS} weeks. Choose an earlier end date.`;
      throw badRequest(message, [{ path: "repeatWeeklyUntil", message }]);
    }
  }

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
    return created;
  });

  const rows = await db.assignment.findMany({
    where: { id: { in: ids }, ...clinicianScope(actor) },
    select: assignmentSelect,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return { items: rows.map(toClinicianDto), seriesId };
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function loadAssignment(actor: Actor, id: string): Promise<AssignmentRow> {
  assertCan(actor, "read:assignment:own");
  const row = await db.assignment.findFirst({ where: { id, ...scopeFor(actor) }, select: assignmentSelect });
  if (!row) throw notFound("That assignment");
  return row;
}

export async function getAssignment(actor: Actor, id: string): Promise<AssignmentDto> {
  return toDto(actor, await loadAssignment(actor, id));
}

export async function getClientAssignment(actor: Actor, id: string): Promise<ClientAssignmentDto> {
  if (actor.role !== "CLIENT") throw forbidden();
  return toClientDto(actor, await loadAssignment(actor, id));
}

export async function getClinicianAssignment(actor: Actor, id: string): Promise<ClinicianAssignmentDto> {
  if (actor.role !== "CLINICIAN") throw forbidden();
  return toClinicianDto(await loadAssignment(actor, id));
}

/**
 * The actor's assignments, newest due first (or soonest first with sort=dueAt), a page at a time.
 * Filters narrow the actor's scope; they never widen it.
 */
export async function listAssignments(actor: Actor, query: ListAssignmentsQuery = {}): Promise<AssignmentListDto> {
  assertCan(actor, "read:assignment:own");
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const ascending = query.sort === "dueAt";
  const filters: Prisma.AssignmentWhereInput[] = [scopeFor(actor)];
  if (query.status === "active") filters.push({ status: "ACTIVE" });
  if (query.status === "withdrawn") filters.push({ status: "WITHDRAWN" });
  if (query.seriesId) filters.push({ seriesId: query.seriesId });
  if (actor.role === "CLINICIAN") {
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
  return {
    items: page.map((row) => toDto(actor, row)),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** Everything a client has been given (at most `max`, newest due first): the home page groups it. */
export async function listMyAssignments(actor: Actor, max = 200): Promise<ClientAssignmentDto[]> {
  if (actor.role !== "CLIENT") throw forbidden();
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
 * Withdrawing keeps everything written; the client sees it was withdrawn and can still read it.
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
    select: { id: true, status: true, dueAt: true, seriesId: true, recipients: { select: { clientId: true } } },
  });
  if (!current) throw notFound("That assignment");

  if (input.withdraw) {
    await db.$transaction(async (tx) => {
      const targets = [id];
      if (input.series && current.seriesId) {
        const later = await tx.assignment.findMany({
          where: { ...clinicianScope(actor), seriesId: current.seriesId, status: "ACTIVE", dueAt: { gte: current.dueAt }, NOT: { id } },
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
          a.recipients.map((r) => ({ action: "assignment.withdrawn" as const, subjectType: "Assignment" as const, subjectId: a.id, clientId: r.clientId })),
        ),
        meta,
        tx,
      );
    });
  } else {
    if (current.status === "WITHDRAWN") {
      throw conflict("This was withdrawn, so it can't be changed any more.", { reason: "withdrawn" });
    }
    const data: Prisma.AssignmentUpdateManyMutationInput = {};
    const changed: string[] = [];
    if (input.dueAt !== undefined) {
      const dueAt = new Date(input.dueAt);
      if (dueAt.getTime() <= now.getTime()) {
        throw badRequest("Choose a due date in the future.", [{ path: "dueAt", message: "Choose a due date in the future." }]);
      }
      data.dueAt = dueAt;
      changed.push("dueAt");
    }
    if (input.note !== undefined) {
      data.note = input.note?.trim() ? input.note.trim() : null;
      changed.push("note");
    }
    await db.$transaction(async (tx) => {
      const result = await tx.assignment.updateMany({ where: { id, ...clinicianScope(actor), status: "ACTIVE" }, data });
      if (result.count === 0) throw conflict("This was withdrawn, so it can't be changed any more.", { reason: "withdrawn" });
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
