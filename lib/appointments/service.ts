import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { db } from "@/lib/db";
import { notFound, unprocessable } from "@/lib/errors";
import { firstName } from "@/lib/text/names";
import type { Actor } from "@/lib/policy/actor";
import { assertCanManageAppointments, ownAppointmentsWhere } from "@/lib/policy/appointments";
import { addWeeks } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { randomUUID } from "node:crypto";
import { alreadySent } from "@/lib/mail";
import { enqueueAppointmentNotices } from "./notice-scan";
import { changeNoticeKey } from "./notice-jobs";
import { noticeRecipients, noticeAppointmentSelect } from "./notice-delivery";
import type { AppointmentDto, CreateAppointmentInput, UpdateAppointmentInput } from "./schemas";

// Appointments a clinician holds with their own clients or couples. Everything is scoped to the acting
// clinician: another clinician's appointment, or a client outside the caseload, is a 404.

const appointmentSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  modality: true,
  cancelledAt: true,
  videoUrl: true,
  seriesId: true,
  client: { select: { userId: true, user: { select: { name: true } } } },
  couple: { select: { id: true, name: true } },
} as const;

type AppointmentRow = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  modality: "IN_PERSON" | "VIDEO";
  cancelledAt: Date | null;
  videoUrl: string | null;
  seriesId: string | null;
  client: { userId: string; user: { name: string } } | null;
  couple: { id: string; name: string } | null;
};

function toDto(row: AppointmentRow): AppointmentDto {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000).toISOString(),
    durationMinutes: row.durationMinutes,
    modality: row.modality,
    cancelled: row.cancelledAt !== null,
    videoUrl: row.videoUrl,
    seriesId: row.seriesId,
    with: row.couple
      ? { kind: "couple", id: row.couple.id, name: row.couple.name }
      : { kind: "client", id: row.client?.userId ?? "", name: row.client?.user.name ?? "" },
  };
}

// Changes to the schedule are practice data: each one is on the audit trail (ids only).
function appointmentEvent(action: string, row: AppointmentRow) {
  return {
    action,
    subjectType: "Appointment",
    subjectId: row.id,
    clientId: row.client?.userId ?? null,
    metadata: row.couple ? { coupleId: row.couple.id } : undefined,
  };
}

// A discharged client or couple gets no new sessions, as they get no new work (lib/assignments/
// recipients.ts): the clinician re-admits them first. Sessions already booked stay as they are.
async function assertInCaseload(
  actor: Actor,
  target: { clientId?: string; coupleId?: string },
): Promise<void> {
  if (target.clientId) {
    const found = await db.clientProfile.findFirst({
      where: {
        userId: target.clientId,
        practiceId: actor.practiceId,
        clinicianId: actor.userId,
        closedAt: null,
      },
      select: { dischargedAt: true, user: { select: { name: true } } },
    });
    if (!found) throw notFound("That client");
    if (found.dischargedAt)
      throw unprocessable(
        `${firstName(found.user.name)} has been discharged. Re-admit them to schedule a session.`,
      );
  } else if (target.coupleId) {
    const found = await db.couple.findFirst({
      where: { id: target.coupleId, practiceId: actor.practiceId, clinicianId: actor.userId },
      select: { members: { where: { closedAt: null }, select: { dischargedAt: true } } },
    });
    if (!found) throw notFound("That couple");
    if (found.members.some((m) => m.dischargedAt))
      throw unprocessable("This couple has been discharged. Re-admit them to schedule a session.");
  }
}

export async function listAppointments(
  actor: Actor,
  range: { from?: Date; to?: Date; includeCancelled?: boolean } = {},
  meta: AuditRequestMeta = {},
): Promise<AppointmentDto[]> {
  assertCanManageAppointments(actor);
  const rows = await db.appointment.findMany({
    where: {
      ...ownAppointmentsWhere(actor),
      startsAt: {
        gte: range.from ?? new Date(Date.now() - 86_400_000),
        ...(range.to ? { lt: range.to } : {}),
      },
      ...(range.includeCancelled ? {} : { cancelledAt: null }),
    },
    select: appointmentSelect,
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  // Who the clinician sees and when: one event for the list (lib/audit/views.ts).
  await recordView(
    actor,
    { action: "appointments.viewed", subjectType: "Schedule", metadata: { appointments: rows.length } },
    meta,
  );
  return rows.map(toDto);
}

/** Weekly repeat: the same wall-clock time each week in the clinician's zone (across DST changes). */
function weeklyStarts(first: Date, weeks: number, timeZone: string): Date[] {
  const local = new TZDate(first.getTime(), timeZone);
  return Array.from({ length: weeks }, (_, i) => new Date(addWeeks(local, i).getTime()));
}

/** A small grace for a form submitted just as the minute turns; anything earlier is in the past. */
const PAST_GRACE_MS = 5 * 60_000;

/** Schedules one appointment, or a weekly series of `repeatWeeks`; returns them in order. */
export async function createAppointments(
  actor: Actor,
  input: CreateAppointmentInput,
): Promise<AppointmentDto[]> {
  assertCanManageAppointments(actor);
  await assertInCaseload(actor, input);
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() < Date.now() - PAST_GRACE_MS)
    throw unprocessable("A new appointment cannot start in the past. Choose a later date or time.", [
      { path: "startsAt", message: "Choose a date and time that has not passed." },
    ]);
  const weeks = input.repeatWeeks ?? 1;
  const seriesId = weeks > 1 ? randomUUID() : null;
  const rows = await db.$transaction(async (tx) => {
    const created: AppointmentRow[] = [];
    for (const start of weeklyStarts(startsAt, weeks, actor.timeZone)) {
      const row = await tx.appointment.create({
        data: {
          ...ownAppointmentsWhere(actor),
          clientId: input.clientId ?? null,
          coupleId: input.coupleId ?? null,
          startsAt: start,
          durationMinutes: input.durationMinutes,
          modality: input.modality,
          videoUrl: input.videoUrl ?? null,
          seriesId,
        },
        select: appointmentSelect,
      });
      const event = appointmentEvent("appointment.scheduled", row);
      await recordAudit(
        actor,
        { ...event, metadata: { ...event.metadata, ...(seriesId ? { seriesId } : {}) } },
        {},
        { tx },
      );
      created.push(row);
    }
    return created;
  });
  for (const row of rows) await enqueueAppointmentNotices(row.id);
  return rows.map(toDto);
}

/** Schedules an appointment (or a weekly series) and returns the first. */
export async function createAppointment(
  actor: Actor,
  input: CreateAppointmentInput,
): Promise<AppointmentDto> {
  const [first] = await createAppointments(actor, input);
  return first!;
}

async function ownAppointment(actor: Actor, id: string) {
  // Scoped first: another clinician's appointment is a 404 before anything else is read.
  const found = await db.appointment.findFirst({
    where: { id, ...ownAppointmentsWhere(actor) },
    select: { id: true, cancelledAt: true, sequence: true },
  });
  if (!found) throw notFound("That appointment");
  return found;
}

export async function updateAppointment(
  actor: Actor,
  id: string,
  input: UpdateAppointmentInput,
): Promise<AppointmentDto> {
  assertCanManageAppointments(actor);
  const found = await ownAppointment(actor, id);
  if (found.cancelledAt) throw unprocessable("This appointment was cancelled; schedule a new one instead.");
  const current = await db.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect });
  // Nothing different: no new version, no email, nothing on the trail.
  const changes =
    (input.startsAt !== undefined && new Date(input.startsAt).getTime() !== current.startsAt.getTime()) ||
    (input.durationMinutes !== undefined && input.durationMinutes !== current.durationMinutes) ||
    (input.modality !== undefined && input.modality !== current.modality) ||
    (input.videoUrl !== undefined && input.videoUrl !== current.videoUrl);
  if (!changes) return toDto(current);
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.appointment.update({
      where: { id },
      data: {
        ...(input.startsAt ? { startsAt: new Date(input.startsAt) } : {}),
        ...(input.durationMinutes ? { durationMinutes: input.durationMinutes } : {}),
        ...(input.modality ? { modality: input.modality } : {}),
        ...(input.videoUrl !== undefined ? { videoUrl: input.videoUrl } : {}),
        // A new version of the calendar event: clients are told, calendar apps update it.
        sequence: { increment: 1 },
        changedAt: new Date(),
      },
      select: appointmentSelect,
    });
    await recordAudit(actor, appointmentEvent("appointment.updated", updated), {}, { tx });
    return updated;
  });
  await enqueueAppointmentNotices(row.id);
  return toDto(row);
}

export async function cancelAppointment(actor: Actor, id: string): Promise<AppointmentDto> {
  assertCanManageAppointments(actor);
  const found = await ownAppointment(actor, id);
  const row = await db.$transaction(async (tx) => {
    if (found.cancelledAt)
      return tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentSelect });
    const cancelled = await tx.appointment.update({
      where: { id },
      data: { cancelledAt: new Date(), sequence: { increment: 1 }, changedAt: new Date() },
      select: appointmentSelect,
    });
    await recordAudit(actor, appointmentEvent("appointment.cancelled", cancelled), {}, { tx });
    return cancelled;
  });
  // The notice waits out the undo minute (lib/appointments/notice-scan.ts).
  if (!found.cancelledAt) await enqueueAppointmentNotices(row.id);
  return toDto(row);
}

/**
 * Undo a cancellation. If nobody was told yet (within the undo minute, or quiet hours), the
 * appointment simply goes back to the version its clients know, and no email goes out; otherwise it
 * is a new version and they are told it is on again.
 */
export async function restoreAppointment(actor: Actor, id: string): Promise<AppointmentDto> {
  assertCanManageAppointments(actor);
  const found = await ownAppointment(actor, id);
  if (!found.cancelledAt) throw unprocessable("This appointment is not cancelled.");
  const full = await db.appointment.findUniqueOrThrow({ where: { id }, select: noticeAppointmentSelect });
  if (full.startsAt.getTime() <= Date.now())
    throw unprocessable("This appointment's time has passed; schedule a new one instead.");
  const keys = noticeRecipients(full).map((p) => changeNoticeKey(id, found.sequence, p.id));
  const told = (await alreadySent(keys)).size > 0;
  const row = await db.$transaction(async (tx) => {
    const restored = await tx.appointment.update({
      where: { id },
      data: told
        ? { cancelledAt: null, sequence: { increment: 1 }, changedAt: new Date() }
        : { cancelledAt: null, sequence: found.sequence - 1 },
      select: appointmentSelect,
    });
    await recordAudit(
      actor,
      (() => {
        const event = appointmentEvent("appointment.restored", restored);
        return { ...event, metadata: { ...event.metadata, clientsTold: told } };
      })(),
      {},
      { tx },
    );
    return restored;
  });
  if (told) await enqueueAppointmentNotices(row.id);
  return toDto(row);
}

/** The next scheduled (not cancelled) appointment with a client or couple, e.g. for default due dates. */
export async function nextAppointmentWith(
  actor: Actor,
  target: { clientId?: string; coupleId?: string },
  after = new Date(),
): Promise<Date | null> {
  const row = await db.appointment.findFirst({
    where: {
      ...ownAppointmentsWhere(actor),
      cancelledAt: null,
      startsAt: { gt: after },
      ...(target.coupleId ? { coupleId: target.coupleId } : { clientId: target.clientId ?? "" }),
    },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return row?.startsAt ?? null;
}
