import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { defaultDueAt, DUE_BEFORE_APPOINTMENT_MS } from "./due-dates";
import { resolveRecipients } from "./recipients";

// The due dates the assign form proposes: just before the next appointment with these people, else in
// a week (the rule itself is in ./due-dates.ts, pure).

/** Upcoming appointments of the actor with these people (for the default due date). */
export async function upcomingAppointmentStarts(
  actor: Actor,
  target: { coupleId: string | null; clientIds: readonly string[] },
  now: Date,
) {
  const appointments = await db.appointment.findMany({
    where: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      cancelledAt: null,
      startsAt: { gt: now },
      OR: [
        ...(target.coupleId ? [{ coupleId: target.coupleId }] : []),
        { clientId: { in: [...target.clientIds] } },
      ],
    },
    select: { startsAt: true },
    orderBy: { startsAt: "asc" },
    take: 10,
  });
  return appointments.map((s) => s.startsAt);
}

/** The due date the assign form proposes for a client or couple. */
export async function defaultDueFor(
  actor: Actor,
  target: { clientId?: string; coupleId?: string },
  now: Date = new Date(),
): Promise<Date> {
  assertCan(actor, "assign:exercise:own");
  const { coupleId, recipients } = await resolveRecipients(actor, target);
  return defaultDueAt(
    now,
    await upcomingAppointmentStarts(actor, { coupleId, clientIds: recipients.map((r) => r.userId) }, now),
  );
}

export type DefaultDue = { dueAt: string; basis: "appointment" | "week" };

function defaultDue(now: Date, starts: Date[]): DefaultDue {
  const dueAt = defaultDueAt(now, starts);
  return {
    dueAt: dueAt.toISOString(),
    basis: starts.some((s) => s.getTime() - dueAt.getTime() === DUE_BEFORE_APPOINTMENT_MS)
      ? "appointment"
      : "week",
  };
}

/**
 * Default due dates for every client ("client:<id>") and couple ("couple:<id>") of the actor's
 * caseload, for the assign form, with what they are based on.
 */
export async function defaultDueDates(
  actor: Actor,
  now: Date = new Date(),
): Promise<Record<string, DefaultDue>> {
  assertCan(actor, "assign:exercise:own");
  const appointments = await db.appointment.findMany({
    where: {
      practiceId: actor.practiceId,
      clinicianId: actor.userId,
      cancelledAt: null,
      startsAt: { gt: now },
    },
    select: { startsAt: true, clientId: true, coupleId: true },
    orderBy: { startsAt: "asc" },
    take: 500,
  });
  const profiles = await db.clientProfile.findMany({
    where: { practiceId: actor.practiceId, clinicianId: actor.userId, closedAt: null },
    select: { userId: true, coupleId: true },
  });
  const result: Record<string, DefaultDue> = {};
  const startsFor = (pred: (s: (typeof appointments)[number]) => boolean) =>
    appointments.filter(pred).map((s) => s.startsAt);
  for (const p of profiles)
    result[`client:${p.userId}`] = defaultDue(
      now,
      startsFor((s) => s.clientId === p.userId),
    );
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
