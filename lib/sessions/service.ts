import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { CreateSessionInput, SessionDto, UpdateSessionInput } from "./schemas";

// Sessions a clinician holds with their own clients or couples. Everything is scoped to the acting
// clinician: another clinician's session, or a client outside the caseload, is a 404.

const sessionSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  modality: true,
  cancelledAt: true,
  client: { select: { userId: true, user: { select: { name: true } } } },
  couple: { select: { id: true, name: true } },
} as const;

type SessionRow = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  modality: "IN_PERSON" | "VIDEO";
  cancelledAt: Date | null;
  client: { userId: string; user: { name: string } } | null;
  couple: { id: string; name: string } | null;
};

function toDto(row: SessionRow): SessionDto {
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
function sessionEvent(action: string, row: SessionRow) {
  return {
    action,
    subjectType: "Session",
    subjectId: row.id,
    clientId: row.client?.userId ?? null,
    metadata: row.couple ? { coupleId: row.couple.id } : undefined,
  };
}

const ownSessions = (actor: Actor) => ({ practiceId: actor.practiceId, clinicianId: actor.userId });

async function assertInCaseload(actor: Actor, target: { clientId?: string; coupleId?: string }): Promise<void> {
  if (target.clientId) {
    const found = await db.clientProfile.findFirst({
      where: { userId: target.clientId, practiceId: actor.practiceId, clinicianId: actor.userId, closedAt: null },
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

export async function listSessions(
  actor: Actor,
  range: { from?: Date; to?: Date; includeCancelled?: boolean } = {},
): Promise<SessionDto[]> {
  assertCan(actor, "manage:session:own");
  const rows = await db.session.findMany({
    where: {
      ...ownSessions(actor),
      startsAt: { gte: range.from ?? new Date(Date.now() - 86_400_000), ...(range.to ? { lt: range.to } : {}) },
      ...(range.includeCancelled ? {} : { cancelledAt: null }),
    },
    select: sessionSelect,
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  return rows.map(toDto);
}

export async function createSession(actor: Actor, input: CreateSessionInput): Promise<SessionDto> {
  assertCan(actor, "manage:session:own");
  await assertInCaseload(actor, input);
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() < Date.now() - 24 * 3_600_000) throw unprocessable("A new session cannot start in the past.");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.session.create({
      data: {
        ...ownSessions(actor),
        clientId: input.clientId ?? null,
        coupleId: input.coupleId ?? null,
        startsAt,
        durationMinutes: input.durationMinutes,
        modality: input.modality,
      },
      select: sessionSelect,
    });
    await recordAudit(actor, sessionEvent("session.scheduled", created), {}, { tx });
    return created;
  });
  return toDto(row);
}

async function ownSession(actor: Actor, id: string) {
  const found = await db.session.findFirst({ where: { id, ...ownSessions(actor) }, select: { id: true, cancelledAt: true } });
  if (!found) throw notFound("That session");
  return found;
}

export async function updateSession(actor: Actor, id: string, input: UpdateSessionInput): Promise<SessionDto> {
  assertCan(actor, "manage:session:own");
  const found = await ownSession(actor, id);
  if (found.cancelledAt) throw unprocessable("This session was cancelled; schedule a new one instead.");
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.session.update({
      where: { id },
      data: {
        ...(input.startsAt ? { startsAt: new Date(input.startsAt) } : {}),
        ...(input.durationMinutes ? { durationMinutes: input.durationMinutes } : {}),
        ...(input.modality ? { modality: input.modality } : {}),
      },
      select: sessionSelect,
    });
    await recordAudit(actor, sessionEvent("session.updated", updated), {}, { tx });
    return updated;
  });
  return toDto(row);
}

export async function cancelSession(actor: Actor, id: string): Promise<SessionDto> {
  assertCan(actor, "manage:session:own");
  const found = await ownSession(actor, id);
  const row = await db.$transaction(async (tx) => {
    const cancelled = await tx.session.update({
      where: { id },
      data: { cancelledAt: found.cancelledAt ?? new Date() },
      select: sessionSelect,
    });
    if (!found.cancelledAt) await recordAudit(actor, sessionEvent("session.cancelled", cancelled), {}, { tx });
    return cancelled;
  });
  return toDto(row);
}

/** The next scheduled (not cancelled) session with a client or couple, e.g. for default due dates. */
export async function nextSessionWith(
  actor: Actor,
  target: { clientId?: string; coupleId?: string },
  after = new Date(),
): Promise<Date | null> {
  const row = await db.session.findFirst({
    where: {
      ...ownSessions(actor),
      cancelledAt: null,
      startsAt: { gt: after },
      ...(target.coupleId ? { coupleId: target.coupleId } : { clientId: target.clientId ?? "" }),
    },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
  return row?.startsAt ?? null;
}
