import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notifySubmitted } from "@/lib/notifications/enqueue";
import { submitResponse } from "@/lib/responses/save";
import { WAS_HURT, assignSlowingDown, assignmentScenario } from "../assignments/support";
import type { RunningWorker } from "@/lib/jobs/worker";
import { createClient, createCouple, createPractice, createUser } from "../../support/factories";
import {
  drained,
  giveAssignment,
  outboxTo,
  scan,
  startTestWorker,
  testClock,
  until,
} from "../../support/worker";

// Reminders, digests and submission notes with a real pg-boss worker on PostgreSQL. The worker's
// clock is the test's: each test sets the wall time, runs the real scan job and waits for the queue
// to drain. Dates are in 2031 so nothing else in the database is ever due.

const clock = testClock(new Date("2031-01-01T12:00:00Z"));
let worker: RunningWorker;

beforeAll(async () => {
  worker = await startTestWorker(clock.now);
});

afterAll(async () => {
  await worker.stop();
});

async function people(timeZone: string) {
  const practice = await createPractice();
  const clinician = await createUser(practice.id, "CLINICIAN", { timeZone: "America/Chicago" });
  const client = await createClient(practice.id, clinician.id);
  await db.user.update({ where: { id: client.id }, data: { timeZone } });
  return { practice, clinician, client };
}

describe("client reminders", () => {
  it("reminds 24 hours before the due time, in the client's own time zone, once", async () => {
    // Due Wednesday 5 March 2031, 17:00 in New York (22:00 UTC).
    const { practice, clinician, client } = await people("America/New_York");
    await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id],
      dueAt: "2031-03-05T22:00:00Z",
    });

    clock.set("2031-03-04T21:30:00Z"); // 16:30 the day before: more than 24 hours ahead
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(0);

    clock.set("2031-03-04T22:05:00Z"); // 17:05 the day before: inside the 24 hours
    await scan(worker);
    const sent = await outboxTo(client.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(/reflection is due Wednesday, March 5 at 5:00 PM/);
    expect(sent[0]!.text).toContain("http://localhost:3000/home");

    // Later scans, and the same job run again, send nothing new.
    clock.set("2031-03-05T01:00:00Z");
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(1);
    expect(await db.notificationLog.count({ where: { userId: client.id } })).toBe(1);
  });

  it("holds quiet hours (21:00-08:00 local) and sends at 08:00 in the client's zone", async () => {
    // Due Thursday 6 March 2031, 06:30 in Tokyo: the reminder window opens at 06:30 the day before,
    // inside quiet hours, so it must wait until 08:00 Tokyo time (23:00 UTC the day before that).
    const { practice, clinician, client } = await people("Asia/Tokyo");
    await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id],
      dueAt: "2031-03-05T21:30:00Z",
    });

    clock.set("2031-03-04T21:45:00Z"); // 06:45 Tokyo: due in less than 24 hours, but quiet
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(0);

    clock.set("2031-03-04T22:59:00Z"); // 07:59 Tokyo
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(0);

    clock.set("2031-03-04T23:00:00Z"); // 08:00 Tokyo
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(1);
  });

  it("sends one overdue reminder after the due time, and none for submitted work or opted-out clients", async () => {
    const { practice, clinician, client } = await people("America/Chicago");
    const optedOut = await createClient(practice.id, clinician.id);
    await db.user.update({ where: { id: optedOut.id }, data: { emailOptOut: true } });
    const done = await createClient(practice.id, clinician.id);
    await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id, optedOut.id],
      dueAt: "2031-04-01T15:00:00Z",
    });
    await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [done.id],
      dueAt: "2031-04-01T15:00:00Z",
      state: "REVIEWED",
      submittedAt: new Date("2031-03-31T15:00:00Z"),
    });

    clock.set("2031-04-01T16:00:00Z"); // 11:00 Chicago, an hour late
    await scan(worker);
    const sent = await outboxTo(client.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe("Your reflection is still open");

    clock.set("2031-04-02T16:00:00Z");
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(1);
    expect(await outboxTo(optedOut.email)).toHaveLength(0);
    expect(await outboxTo(done.email)).toHaveLength(0);
  });

  it("sends nothing to a closed or deactivated account", async () => {
    const { practice, clinician, client } = await people("America/Chicago");
    await db.clientProfile.update({ where: { userId: client.id }, data: { closedAt: new Date() } });
    const gone = await createClient(practice.id, clinician.id);
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id, gone.id],
      dueAt: "2031-04-10T15:00:00Z",
    });
    clock.set("2031-04-10T16:00:00Z");
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(0);
    expect(await outboxTo(gone.email)).toHaveLength(0);
  });
});

describe("clinician digest", () => {
  it("arrives the evening before an appointment day (from 18:00 local), lists the appointments and nothing clinical", async () => {
    const practice = await createPractice();
    const clinician = await createUser(practice.id, "CLINICIAN", { timeZone: "America/Chicago" });
    const { couple, partners } = await createCouple(practice.id, clinician.id);
    const solo = await createClient(practice.id, clinician.id, { name: "Jordan Reyes" });
    // Tuesday 6 May 2031 in Chicago (CDT, UTC-5): 09:00 couple (video), 14:00 Jordan, one cancelled;
    // one on Wednesday, which belongs to the next digest.
    await db.appointment.createMany({
      data: [
        {
          practiceId: practice.id,
          clinicianId: clinician.id,
          coupleId: couple.id,
          startsAt: new Date("2031-05-06T14:00:00Z"),
          modality: "VIDEO",
        },
        {
          practiceId: practice.id,
          clinicianId: clinician.id,
          clientId: solo.id,
          startsAt: new Date("2031-05-06T19:00:00Z"),
        },
        {
          practiceId: practice.id,
          clinicianId: clinician.id,
          clientId: solo.id,
          startsAt: new Date("2031-05-06T16:00:00Z"),
          cancelledAt: new Date(),
        },
        {
          practiceId: practice.id,
          clinicianId: clinician.id,
          clientId: solo.id,
          startsAt: new Date("2031-05-07T15:00:00Z"),
        },
      ],
    });
    await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [partners[0].id],
      coupleId: couple.id,
      dueAt: "2031-05-05T12:00:00Z",
      state: "SUBMITTED",
      submittedAt: new Date("2031-05-01T12:00:00Z"),
    });

    clock.set("2031-05-05T22:55:00Z"); // Monday 17:55 Chicago
    await scan(worker);
    expect((await outboxTo(clinician.email)).filter((m) => m.subject.startsWith("Tomorrow"))).toHaveLength(0);

    clock.set("2031-05-05T23:05:00Z"); // Monday 18:05 Chicago
    await scan(worker);
    const digests = (await outboxTo(clinician.email)).filter((m) => m.subject.startsWith("Tomorrow"));
    expect(digests).toHaveLength(1);
    const digest = digests[0]!;
    expect(digest.subject).toBe("Tomorrow: 2 appointments (Tuesday, May 6)");
    expect(digest.text).toContain(`9:00 AM: ${couple.name} (video, 1 new to review)`);
    expect(digest.text).toContain("2:00 PM: Jordan");
    expect(digest.text).not.toContain("Reyes");
    expect(digest.text).toContain("http://localhost:3000/dashboard");

    clock.set("2031-05-06T01:00:00Z"); // 20:00, a later scan: no second digest
    await scan(worker);
    expect((await outboxTo(clinician.email)).filter((m) => m.subject.startsWith("Tomorrow"))).toHaveLength(1);
  });

  it("is not sent during quiet hours, nor to an opted-out clinician", async () => {
    const practice = await createPractice();
    const late = await createUser(practice.id, "CLINICIAN", { timeZone: "Europe/London" });
    const optedOut = await createUser(practice.id, "CLINICIAN", { timeZone: "America/Chicago" });
    await db.user.update({ where: { id: optedOut.id }, data: { emailOptOut: true } });
    const a = await createClient(practice.id, late.id);
    const b = await createClient(practice.id, optedOut.id);
    await db.appointment.createMany({
      data: [
        {
          practiceId: practice.id,
          clinicianId: late.id,
          clientId: a.id,
          startsAt: new Date("2031-06-11T09:00:00Z"),
        },
        {
          practiceId: practice.id,
          clinicianId: optedOut.id,
          clientId: b.id,
          startsAt: new Date("2031-06-11T15:00:00Z"),
        },
      ],
    });
    clock.set("2031-06-10T20:30:00Z"); // 21:30 London (BST): quiet; 15:30 Chicago: before 18:00
    await scan(worker);
    clock.set("2031-06-10T23:30:00Z"); // 18:30 Chicago
    await scan(worker);
    expect(await outboxTo(late.email)).toHaveLength(0);
    expect(await outboxTo(optedOut.email)).toHaveLength(0);
  });
});

describe("submission notes", () => {
  it("tells the clinician who submitted, without content, once", async () => {
    const { practice, clinician, client } = await people("America/Chicago");
    await db.user.update({ where: { id: client.id }, data: { name: "Alex Morgan" } });
    const a = await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id],
      dueAt: "2031-07-01T15:00:00Z",
    });
    const recipientId = a.recipients[0]!.id;
    clock.set("2031-06-30T17:00:00Z"); // noon in Chicago
    await db.assignmentRecipient.update({
      where: { id: recipientId },
      data: { state: "SUBMITTED", submittedAt: new Date("2031-06-30T16:59:00Z") },
    });
    await db.response.create({
      data: { recipientId, answers: { "feelings-in-words": { value: "SECRET-ANSWER-TEXT", shared: false } } },
    });

    await notifySubmitted(recipientId);
    await drained();
    const notes = await outboxTo(clinician.email);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.subject).toBe("Alex submitted a reflection");
    // The link opens the work's card in the prep view, where it is read, commented on and marked reviewed.
    expect(notes[0]!.text).toContain(`http://localhost:3000/prep/clients/${client.id}#assignment-${a.id}`);
    expect(notes[0]!.text).not.toContain("Morgan");
    expect(`${notes[0]!.text}${notes[0]!.html}`).not.toContain("SECRET-ANSWER-TEXT");

    // Asked again (a double click, a retry) and scanned again: still one.
    await notifySubmitted(recipientId);
    await scan(worker);
    expect(await outboxTo(clinician.email)).toHaveLength(1);
  });

  it("links couple work to the couple's prep view, both partners side by side", async () => {
    const practice = await createPractice();
    const clinician = await createUser(practice.id, "CLINICIAN", { timeZone: "America/Chicago" });
    const { couple, partners } = await createCouple(practice.id, clinician.id);
    const a = await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [partners[0].id],
      coupleId: couple.id,
      dueAt: "2031-07-01T15:00:00Z",
      state: "SUBMITTED",
      submittedAt: new Date("2031-06-30T16:59:00Z"),
    });
    clock.set("2031-06-30T17:00:00Z"); // noon in Chicago

    await notifySubmitted(a.recipients[0]!.id);
    await drained();
    const notes = await outboxTo(clinician.email);
    expect(notes).toHaveLength(1);
    const link = `http://localhost:3000/prep/couples/${couple.id}#assignment-${a.id}`;
    expect(notes[0]!.text).toContain(link);
    expect(notes[0]!.html).toContain(`href="${link}"`);
  });

  it("waits out the clinician's quiet hours; the next scan after 08:00 sends it", async () => {
    const { practice, clinician, client } = await people("America/Chicago");
    const a = await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id],
      dueAt: "2031-08-01T15:00:00Z",
    });
    const recipientId = a.recipients[0]!.id;
    clock.set("2031-07-30T04:00:00Z"); // 23:00 Chicago
    await db.assignmentRecipient.update({
      where: { id: recipientId },
      data: { state: "SUBMITTED", submittedAt: new Date("2031-07-30T03:59:00Z") },
    });
    await notifySubmitted(recipientId);
    await drained();
    expect(await outboxTo(clinician.email)).toHaveLength(0);

    clock.set("2031-07-30T12:50:00Z"); // 07:50
    await scan(worker);
    expect(await outboxTo(clinician.email)).toHaveLength(0);

    clock.set("2031-07-30T13:01:00Z"); // 08:01
    await scan(worker);
    await until(
      () => outboxTo(clinician.email),
      (m) => m.length === 1,
      "the morning note",
    );
  });

  it("a real submission (the client's submit service) queues the note to the clinician", async () => {
    const s = await assignmentScenario();
    // A zone where it is midday right now, so quiet hours cannot get in the way of this test.
    const offset = 12 - new Date().getUTCHours();
    const zone = `Etc/GMT${offset <= 0 ? `+${-offset}` : `-${offset}`}`;
    await db.user.update({ where: { id: s.clinician.id }, data: { timeZone: zone } });
    const assignment = await assignSlowingDown(s);
    clock.set(new Date(Date.now() + 60_000));
    await submitResponse(s.actors.alex, assignment.id, { version: 0, answers: WAS_HURT });
    await drained();
    const notes = await until(
      () => outboxTo(s.clinician.email),
      (m) => m.length === 1,
      "the submission note",
    );
    expect(notes[0]!.subject).toBe(`${s.partners[0].name.split(" ")[0]} submitted a reflection`);
    expect(notes[0]!.text).not.toContain("Mostly grief");
  });
});
