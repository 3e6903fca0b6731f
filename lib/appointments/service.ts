import "server-only";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { db } from "@/lib/db";
import { notFound, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCanManageAppointments, ownAppointmentsWhere } from "@/lib/policy/appointments";
import type { AppointmentDto, CreateAppointmentInput, UpdateAppointmentInput } from "./schemas";

// Appointments a clinician holds with their own clients or couples. Everything is scoped to the acting
// clinician: another clinician's appointment, or a client outside the caseload, is a 404.

const appointmentSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  modality: true,
  cancelledAt: true,
  client: { select: { userId: true, user: { select: { name: true } } } },
  couple: { select: { id: true, name: true } },
} as const;

type AppointmentRow = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  modality: "IN_PERSON" | "VIDEO";
  cancelledAt: Date | null;
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
      select: { userId: true, coupleId: true },
    });
    if (!found) throw notFound("That client");
  } else if (target.coupleId) {
    const found = await db.couple.findFirst({
      where: { id: target.coupleId, practiceId: actor.practiceId, clinicianId: actor.userId },
      select: { id: true },
    });
    if (!found) throw notFound("That couple");
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

export async function createAppointment(
  actor: Actor,
  input: CreateAppointmentInput,
): Promise<AppointmentDto> {
  assertCanManageAppointments(actor);
  await assertInCaseload(actor, input);
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() < Date.now() - 24 * 3_600_000)
    throw unprocessable("A new appointment cannot start in the past.");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.appointment.create({
      data: {
        ...ownAppointmentsWhere(actor),
        clientId: input.clientId ?? null,
        coupleId: input.coupleId ?? null,
        startsAt,
        durationMinutes: input.durationMinutes,
        modality: input.modality,
      },
      select: appointmentSelect,
    });
    await recordAudit(actor, appointmentEvent("appointment.scheduled", created), {}, { tx });
    return created;
  });
  return toDto(row);
}

async function ownAppointment(actor: Actor, id: string) {
  const found = await db.appointment.findFirst({
    where: { id, ...ownAppointmentsWhere(actor) },
    select: { id: true, cancelledAt: true },
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
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.appointment.update({
      where: { id },
      data: {
        ...(input.startsAt ? { startsAt: new Date(input.startsAt) } : {}),
        ...(input.durationMinutes ? { durationMinutes: input.durationMinutes } : {}),
        ...(input.modality ? { modality: input.modality } : {}),
      },
      select: appointmentSelect,
    });
    await recordAudit(actor, appointmentEvent("appointment.updated", updated), {}, { tx });
    return updated;
  });
  return toDto(row);
}

export async function cancelAppointment(actor: Actor, id: string): Promise<AppointmentDto> {
  assertCanManageAppointments(actor);
  const found = await ownAppointment(actor, id);
  const row = await db.$transaction(async (tx) => {
    const cancelled = await tx.appointment.update({
      where: { id },
      data: { cancelledAt: found.cancelledAt ?? new Date() },
      select: appointmentSelect,
    });
    if (!found.cancelledAt)
      await recordAudit(actor, appointmentEvent("appointment.cancelled", cancelled), {}, { tx });
    return cancelled;
  });
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
