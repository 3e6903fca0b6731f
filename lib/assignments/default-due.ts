import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { isValidTimeZone } from "@/lib/time/zones";
import { defaultDueForZones } from "./due-dates";
import { resolveRecipients, type Recipient } from "./recipients";

// The due dates the assign form proposes: 8 pm in the clients' own zone the evening before the next
// appointment with them, else a week out (the rule itself is in ./due-dates.ts, pure).

/** The people's zones that Intl knows (a bad stored value falls back to the default zone). */
function zonesOf(people: readonly { timeZone: string }[]): string[] {
  return [...new Set(people.map((p) => p.timeZone).filter(isValidTimeZone))];
}

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
  return defaultDueForRecipients(actor, coupleId, recipients, now);
}

/** The same, for recipients already resolved (creating work resolves them once). */
export async function defaultDueForRecipients(
  actor: Actor,
  coupleId: string | null,
  recipients: readonly Recipient[],
  now: Date,
): Promise<Date> {
  const clientIds = recipients.map((r) => r.userId);
  const starts = await upcomingAppointmentStarts(actor, { coupleId, clientIds }, now);
  return defaultDueForZones(now, starts, zonesOf(recipients)).dueAt;
}

export type DefaultDue = { dueAt: string; basis: "appointment" | "week" };

function defaultDue(now: Date, starts: Date[], people: readonly { timeZone: string }[]): DefaultDue {
  const { dueAt, basis } = defaultDueForZones(now, starts, zonesOf(people));
  return { dueAt: dueAt.toISOString(), basis };
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
    select: { userId: true, coupleId: true, user: { select: { timeZone: true } } },
  });
  const result: Record<string, DefaultDue> = {};
  const startsFor = (pred: (s: (typeof appointments)[number]) => boolean) =>
    appointments.filter(pred).map((s) => s.startsAt);
  for (const p of profiles)
    result[`client:${p.userId}`] = defaultDue(
      now,
      startsFor((s) => s.clientId === p.userId),
      [p.user],
    );
  const coupleIds = [...new Set(profiles.map((p) => p.coupleId).filter((id): id is string => id !== null))];
  for (const coupleId of coupleIds) {
    const members = profiles.filter((p) => p.coupleId === coupleId);
    const memberIds = members.map((p) => p.userId);
    result[`couple:${coupleId}`] = defaultDue(
      now,
      startsFor((s) => s.coupleId === coupleId || (s.clientId !== null && memberIds.includes(s.clientId))),
      members.map((p) => p.user),
    );
  }
  return result;
}
