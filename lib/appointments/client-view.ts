import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { appUrl } from "@/lib/mail";
import { downloadIcs } from "./ics";
import { calendarHost } from "./notice-delivery";
import type { MyAppointmentDto } from "./schemas";

// A client's own appointments: theirs alone, and their couple's (both partners see the couple's
// appointments). Their own data, so no audit event; another client's appointment is a 404.

async function mineWhere(actor: Actor) {
  assertCan(actor, "read:appointment:own");
  const profile = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId, closedAt: null },
    select: { userId: true, coupleId: true },
  });
  if (!profile) return null;
  return {
    practiceId: actor.practiceId,
    OR: [{ clientId: profile.userId }, ...(profile.coupleId ? [{ coupleId: profile.coupleId }] : [])],
  };
}

const select = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  modality: true,
  videoUrl: true,
  sequence: true,
  changedAt: true,
  coupleId: true,
  clinician: { select: { name: true } },
} as const;

/** Upcoming appointments (including one under way), soonest first. */
export async function listMyAppointments(actor: Actor, now = new Date()): Promise<MyAppointmentDto[]> {
  const where = await mineWhere(actor);
  if (!where) return [];
  const rows = await db.appointment.findMany({
    // An appointment stays listed until it has ended (at most 4 hours long).
    where: { ...where, cancelledAt: null, startsAt: { gt: new Date(now.getTime() - 4 * 3_600_000) } },
    select,
    orderBy: { startsAt: "asc" },
    take: 50,
  });
  return rows
    .filter((r) => r.startsAt.getTime() + r.durationMinutes * 60_000 > now.getTime())
    .map((r) => ({
      id: r.id,
      startsAt: r.startsAt.toISOString(),
      endsAt: new Date(r.startsAt.getTime() + r.durationMinutes * 60_000).toISOString(),
      durationMinutes: r.durationMinutes,
      modality: r.modality,
      videoUrl: r.videoUrl,
      withCouple: r.coupleId !== null,
      clinicianName: r.clinician.name,
    }));
}

/** "Add to calendar": one appointment as a `.ics` (same UID and SEQUENCE as the emailed ones). */
export async function myAppointmentIcs(actor: Actor, id: string): Promise<string> {
  const where = await mineWhere(actor);
  const row = where
    ? await db.appointment.findFirst({ where: { ...where, id, cancelledAt: null }, select })
    : null;
  if (!row) throw notFound("That appointment");
  return downloadIcs(
    {
      appointmentId: row.id,
      startsAt: row.startsAt,
      durationMinutes: row.durationMinutes,
      sequence: row.sequence,
      cancelled: false,
      summary: `Session with ${row.clinician.name}`,
      url: appUrl("/home"),
      videoUrl: row.videoUrl,
      stamp: row.changedAt,
    },
    calendarHost(),
  );
}
