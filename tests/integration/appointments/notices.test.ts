import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { deliverAppointmentNotice } from "@/lib/appointments/notice-delivery";
import { changeNoticeKey } from "@/lib/appointments/notice-jobs";
import { planAppointmentNotices } from "@/lib/appointments/notice-scan";
import {
  cancelAppointment,
  createAppointment,
  restoreAppointment,
  updateAppointment,
} from "@/lib/appointments/service";
import { actorFor, createScenario } from "../../support/factories";
import { SETTINGS, giveAssignment, outboxTo } from "../../support/worker";

// Appointment emails (issue 14): scheduled, updated, cancelled with an .ics, the day-before reminder;
// queued through pg-boss, held in quiet hours, never to someone who opted out, nothing clinical.
// Planning and delivery are functions of an explicit `now`, so the tests set the time.

const HOUR = 3_600_000;
const inDays = (days: number) => new Date(Date.now() + days * 24 * HOUR);

/** Noon on the client's wall clock (Chicago), a few days ahead: never quiet hours. */
function chicagoNoon(daysAhead: number): Date {
  const day = new Date(Date.now() + daysAhead * 24 * HOUR).toISOString().slice(0, 10);
  return new Date(`${day}T18:00:00Z`); // 12:00 CST
}

type Attachment = { filename: string; contentType: string; content: string };

function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    status: event.getFirstPropertyValue("status"),
    summary: String(event.getFirstPropertyValue("summary")),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
  };
}

async function setup() {
  const scenario = await createScenario();
  await db.user.updateMany({
    where: { id: { in: [scenario.client.id, ...scenario.partners.map((p) => p.id)] } },
    data: { timeZone: "America/Chicago" },
  });
  return { ...scenario, actor: actorFor(scenario.clinician) };
}

describe("appointment notices", () => {
  it("queues a notice per client through pg-boss when an appointment is scheduled", async () => {
    const { actor, partners, couple } = await setup();
    const created = await createAppointment(actor, {
      coupleId: couple.id,
      startsAt: inDays(3).toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    const plans = await planAppointmentNotices(chicagoNoon(1), SETTINGS);
    const mine = plans.filter((p) => p.job.appointmentId === created.id);
    expect(mine.map((p) => p.job.recipientId).sort()).toEqual(partners.map((p) => p.id).sort());
    expect(mine.every((p) => p.job.kind === "change" && p.job.sequence === 0)).toBe(true);

    // And the work lands in the queue: one job per key, however often it is sent. (Scheduling
    // outside the client's quiet hours has already queued it once, so the count is what is checked.)
    const boss = await getBoss();
    const key = mine[0]!.key;
    await boss.send(QUEUES.appointmentNotify.name, mine[0]!.job, { singletonKey: key });
    await boss.send(QUEUES.appointmentNotify.name, mine[0]!.job, { singletonKey: key });
    const waiting = await db.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM pgboss.job
       WHERE name = ${QUEUES.appointmentNotify.name} AND singleton_key = ${key} AND state < 'active'`;
    expect(waiting).toHaveLength(1);
    await boss.deleteJob(QUEUES.appointmentNotify.name, waiting[0]!.id);
  });

  it("sends scheduled, updated and cancelled notices with a valid .ics: one UID, rising SEQUENCE", async () => {
    const { actor, client, practice, clinician } = await setup();
    // Work with a title exists for this client: none of it may reach the email.
    await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id],
      dueAt: inDays(2),
    });
    const created = await createAppointment(actor, {
      clientId: client.id,
      startsAt: chicagoNoon(4).toISOString(),
      durationMinutes: 50,
      modality: "VIDEO",
      videoUrl: "https://video.example.com/secret-room",
    });
    const job = (sequence: number) => ({
      kind: "change" as const,
      appointmentId: created.id,
      recipientId: client.id,
      sequence,
    });
    const now = chicagoNoon(1);
    expect(await deliverAppointmentNotice(job(0), now, SETTINGS)).toMatchObject({ outcome: "sent" });
    expect(await deliverAppointmentNotice(job(0), now, SETTINGS)).toMatchObject({ outcome: "duplicate" });

    await updateAppointment(actor, created.id, { startsAt: chicagoNoon(5).toISOString() });
    // The old notice is superseded; the new one goes.
    expect(await deliverAppointmentNotice(job(0), now, SETTINGS)).toMatchObject({
      outcome: "skipped",
      reason: "superseded",
    });
    expect(await deliverAppointmentNotice(job(1), now, SETTINGS)).toMatchObject({ outcome: "sent" });

    await cancelAppointment(actor, created.id);
    // Held for the undo minute, then sent.
    expect(await deliverAppointmentNotice(job(2), new Date(), SETTINGS)).toMatchObject({
      outcome: "skipped",
      reason: "undo-window",
    });
    await db.appointment.update({
      where: { id: created.id },
      data: { changedAt: new Date(now.getTime() - 60 * 60_000) },
    });
    expect(await deliverAppointmentNotice(job(2), now, SETTINGS)).toMatchObject({ outcome: "sent" });

    const sent = await outboxTo(client.email);
    expect(sent.map((e) => e.subject.split(":")[0])).toEqual([
      "Session scheduled",
      "Session updated",
      "Session cancelled",
    ]);
    const exercise = await db.assignment.findFirstOrThrow({
      where: { recipients: { some: { clientId: client.id } } },
      select: { exerciseVersion: { select: { title: true } } },
    });
    const icsFiles = sent.map((e) => parseIcs((e.attachments as Attachment[])[0]!.content));
    for (const email of sent) {
      expect(email.text).toContain("/account/notifications");
      expect(email.html).toContain("/account/notifications");
      expect(email.text).not.toContain(exercise.exerciseVersion.title);
      expect(email.text).not.toContain("secret-room");
      expect(JSON.stringify(email.attachments)).not.toContain("secret-room");
    }
    expect(icsFiles.map((f) => f.method)).toEqual(["REQUEST", "REQUEST", "CANCEL"]);
    expect(icsFiles.map((f) => f.sequence)).toEqual([0, 1, 2]);
    expect(new Set(icsFiles.map((f) => f.uid)).size).toBe(1);
    expect(icsFiles[2]!.status).toBe("CANCELLED");
    expect(icsFiles[1]!.start.toISOString()).toBe(chicagoNoon(5).toISOString());
    expect(icsFiles[0]!.summary).toBe(`Session with ${clinician.name}`);
  });

  it("holds notices in the client's quiet hours and never emails someone who opted out", async () => {
    const { actor, partners, couple } = await setup();
    await db.user.update({ where: { id: partners[1].id }, data: { emailOptOut: true } });
    const created = await createAppointment(actor, {
      coupleId: couple.id,
      startsAt: chicagoNoon(4).toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    const lateNight = new Date(chicagoNoon(1).getTime() + 11 * HOUR); // 23:00 in Chicago
    const inQuiet = await planAppointmentNotices(lateNight, SETTINGS);
    expect(inQuiet.filter((p) => p.job.appointmentId === created.id)).toEqual([]);
    const job = { kind: "change" as const, appointmentId: created.id, sequence: 0 };
    expect(
      await deliverAppointmentNotice({ ...job, recipientId: partners[0].id }, lateNight, SETTINGS),
    ).toMatchObject({
      outcome: "quiet",
    });

    const morning = new Date(lateNight.getTime() + 10 * HOUR); // 09:00 the next day
    const planned = (await planAppointmentNotices(morning, SETTINGS)).filter(
      (p) => p.job.appointmentId === created.id,
    );
    expect(planned.map((p) => p.job.recipientId)).toEqual([partners[0].id]);
    expect(
      await deliverAppointmentNotice({ ...job, recipientId: partners[1].id }, morning, SETTINGS),
    ).toMatchObject({
      outcome: "skipped",
      reason: "opted-out",
    });
    expect(await outboxTo(partners[1].email)).toHaveLength(0);
  });

  it("reminds the day before, once, but not when the notice itself was sent within the day", async () => {
    const { actor, client } = await setup();
    const startsAt = chicagoNoon(3);
    const created = await createAppointment(actor, {
      clientId: client.id,
      startsAt: startsAt.toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    const dayBefore = new Date(startsAt.getTime() - 23 * HOUR);
    const reminders = (await planAppointmentNotices(dayBefore, SETTINGS)).filter(
      (p) => p.job.appointmentId === created.id && p.job.kind === "reminder",
    );
    expect(reminders).toHaveLength(1);
    expect(await deliverAppointmentNotice(reminders[0]!.job, dayBefore, SETTINGS)).toMatchObject({
      outcome: "sent",
    });
    const again = (await planAppointmentNotices(dayBefore, SETTINGS)).filter(
      (p) => p.job.appointmentId === created.id && p.job.kind === "reminder",
    );
    expect(again).toEqual([]);
    expect((await outboxTo(client.email)).map((e) => e.subject)).toEqual([
      expect.stringMatching(/^Reminder: session /),
    ]);

    // Scheduled for tomorrow: the "scheduled" notice already says when, so no reminder on top.
    const soon = await createAppointment(actor, {
      clientId: client.id,
      startsAt: inDays(1).toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    const plans = await planAppointmentNotices(new Date(Date.now() + HOUR), SETTINGS);
    expect(plans.filter((p) => p.job.appointmentId === soon.id && p.job.kind === "reminder")).toEqual([]);
  });

  it("undo within the minute tells nobody; after the notice went out, undo is a new version", async () => {
    const { actor, client } = await setup();
    const created = await createAppointment(actor, {
      clientId: client.id,
      startsAt: chicagoNoon(4).toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    await cancelAppointment(actor, created.id);
    const quick = await restoreAppointment(actor, created.id);
    expect(quick.cancelled).toBe(false);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: created.id } })).sequence).toBe(0);

    await cancelAppointment(actor, created.id);
    await db.notificationLog.create({
      data: { key: changeNoticeKey(created.id, 1, client.id), userId: client.id },
    });
    await restoreAppointment(actor, created.id);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: created.id } })).sequence).toBe(2);
    const trail = await db.auditEvent.findMany({
      where: { subjectId: created.id, action: "appointment.restored" },
      select: { metadata: true },
      orderBy: { id: "asc" },
    });
    expect(trail.map((t) => (t.metadata as { clientsTold: boolean }).clientsTold)).toEqual([false, true]);
  });
});

describe("an update that changes nothing", () => {
  it("makes no new version and tells nobody", async () => {
    const { actor, client } = await setup();
    const created = await createAppointment(actor, {
      clientId: client.id,
      startsAt: chicagoNoon(4).toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    await updateAppointment(actor, created.id, { durationMinutes: 50, startsAt: created.startsAt });
    const row = await db.appointment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.sequence).toBe(0);
    expect(
      await db.auditEvent.count({ where: { subjectId: created.id, action: "appointment.updated" } }),
    ).toBe(0);
  });
});
