import type { PrismaClient } from "@/lib/db/client";
import { utcToZoned, zonedToUtc } from "@/lib/time/zones";
import { DEMO_USERS } from "./demo-data";

// Demo appointments and a couple's check-in history, so the dashboard and the prep view have something
// real to show:
// - Alex & Sam: an appointment a week ago and the next one in two days (3:00 PM Central); four weekly
//   check-ins each, sent (the older three reviewed), so their trend has one line per partner;
// - Jordan: an appointment a week ago and the next one in three days (10:00 AM Central).
// Idempotent: an appointment is added only when none is booked on that side of now; the check-ins are
// found by their series id and left alone if present.

const DAY = 86_400_000;
const CLINIC_ZONE = "America/Chicago";
export const DEMO_COUPLE_CHECK_INS = "demo-couple-weekly-check-in";

type Db = PrismaClient;

/** `days` from now, at `time` on the wall clock in Central time. */
function at(now: Date, days: number, time: string): Date {
  return zonedToUtc(utcToZoned(new Date(now.getTime() + days * DAY), CLINIC_ZONE).date, time, CLINIC_ZONE);
}

async function ensureAppointments(
  db: Db,
  base: { practiceId: string; clinicianId: string },
  target: { clientId: string } | { coupleId: string },
  times: { past: Date; next: Date; modality: "IN_PERSON" | "VIDEO" },
  now: Date,
) {
  const where = { ...base, ...target, cancelledAt: null };
  // Booked a week ago: long enough that no "scheduled" email goes out for the demo's own bookings.
  const settled = {
    ...base,
    ...target,
    durationMinutes: 50,
    modality: times.modality,
    changedAt: new Date(now.getTime() - 7 * DAY),
  };
  if (
    !(await db.appointment.findFirst({ where: { ...where, startsAt: { lte: now } }, select: { id: true } }))
  ) {
    await db.appointment.create({
      data: { ...settled, startsAt: times.past },
    });
  }
  if (
    !(await db.appointment.findFirst({ where: { ...where, startsAt: { gt: now } }, select: { id: true } }))
  ) {
    await db.appointment.create({
      data: { ...settled, startsAt: times.next },
    });
  }
}

export async function seedDemoAppointments(db: Db, now = new Date()): Promise<void> {
  const practice = await db.practice.findUnique({ where: { slug: "demo-counseling" }, select: { id: true } });
  const users = await db.user.findMany({
    where: {
      email: {
        in: [
          DEMO_USERS.clinician.email,
          DEMO_USERS.alex.email,
          DEMO_USERS.sam.email,
          DEMO_USERS.jordan.email,
        ],
      },
    },
    select: { id: true, email: true },
  });
  const id = (email: string) => users.find((u) => u.email === email)?.id;
  const [clinician, alex, sam, jordan] = [
    id(DEMO_USERS.clinician.email),
    id(DEMO_USERS.alex.email),
    id(DEMO_USERS.sam.email),
    id(DEMO_USERS.jordan.email),
  ];
  if (!practice || !clinician || !alex || !sam || !jordan) return;
  const couple = await db.couple.findFirst({
    where: { practiceId: practice.id, name: "Alex & Sam" },
    select: { id: true },
  });
  const base = { practiceId: practice.id, clinicianId: clinician };

  if (couple) {
    await ensureAppointments(
      db,
      base,
      { coupleId: couple.id },
      { past: at(now, -7, "15:00"), next: at(now, 2, "15:00"), modality: "VIDEO" },
      now,
    );
  }
  await ensureAppointments(
    db,
    base,
    { clientId: jordan },
    { past: at(now, -7, "10:00"), next: at(now, 3, "10:00"), modality: "IN_PERSON" },
    now,
  );

  // The couple's weekly check-ins: four weeks, both sent each week, the older three reviewed.
  if (
    !couple ||
    (await db.assignment.findFirst({ where: { seriesId: DEMO_COUPLE_CHECK_INS }, select: { id: true } }))
  )
    return;
  const version = await db.exerciseVersion.findFirst({
    where: { exercise: { slug: "weekly-trust-check-in", scope: { startsWith: "pack:" } } },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  if (!version) return;
  // felt-safe, could-count-on, openness, hope: Alex (who was hurt) slowly rising, Sam steadier.
  const weeks = [
    { alex: [2, 3, 3, 4], sam: [6, 5, 5, 6] },
    { alex: [3, 3, 4, 5], sam: [6, 6, 5, 6] },
    { alex: [3, 4, 4, 5], sam: [5, 6, 6, 7] },
    { alex: [5, 5, 5, 6], sam: [7, 6, 7, 7] },
  ];
  const firstDue = at(now, -(weeks.length * 7) + 2, "12:00");
  for (const [i, week] of weeks.entries()) {
    const dueAt = new Date(firstDue.getTime() + i * 7 * DAY);
    const submittedAt = new Date(dueAt.getTime() - DAY);
    const reviewed = i < weeks.length - 1;
    const assignment = await db.assignment.create({
      data: {
        ...base,
        exerciseVersionId: version.id,
        coupleId: couple.id,
        note: "A short check-in each week, each on your own.",
        dueAt,
        seriesId: DEMO_COUPLE_CHECK_INS,
        createdAt: firstDue,
      },
      select: { id: true },
    });
    for (const [clientId, values] of [
      [alex, week.alex],
      [sam, week.sam],
    ] as const) {
      const answers = {
        "felt-safe": { value: values[0], shared: false },
        "could-count-on": { value: values[1], shared: false },
        openness: { value: values[2], shared: false },
        hope: { value: values[3], shared: false },
      };
      await db.assignmentRecipient.create({
        data: {
          assignmentId: assignment.id,
          clientId,
          state: reviewed ? "REVIEWED" : "SUBMITTED",
          submittedAt,
          reviewedAt: reviewed ? new Date(submittedAt.getTime() + 2 * DAY) : null,
          reviewedById: reviewed ? clinician : null,
          response: {
            create: {
              answers,
              version: 1,
              updatedAt: submittedAt,
              revisions: { create: { number: 1, answers, submittedAt } },
            },
          },
        },
      });
    }
  }
}
