import { describe, expect, it } from "vitest";
import { createAssignments } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { countQueries } from "@/lib/db/query-count";
import { getClientPrep, getCouplePrep } from "@/lib/prep/service";
import { createComment, reviewAssignment } from "@/lib/review/service";
import { createAppointment } from "@/lib/appointments/service";
import { actorFor, createClinician } from "../../support/factories";
import {
  CAUSED_HARM,
  WAS_HURT,
  checkInAnswers,
  daysFromNow,
  giveCheckIns,
  giveSlowingDown,
  pastAppointment,
  recipientIdOf,
  reviewScenario,
  send,
} from "./support";

describe("the couple prep view", () => {
  it("shows both partners side by side since the last appointment, privacy marked, with what is missing", async () => {
    const s = await reviewScenario();
    const c = s.actors.clinician;
    // Reviewed before the last appointment: not shown again.
    const old = await giveSlowingDown(s);
    await send(s.actors.alex, old.id, WAS_HURT, daysFromNow(-10));
    await send(s.actors.sam, old.id, CAUSED_HARM, daysFromNow(-10));
    await reviewAssignment(c, old.id, { action: "reviewed" });
    await createComment(c, old.id, { kind: "PRIVATE_NOTE", body: "Earlier: grief very present." });
    const last = await pastAppointment(s, { coupleId: s.couple.id }, 7);
    const next = await createAppointment(c, {
      coupleId: s.couple.id,
      startsAt: daysFromNow(2).toISOString(),
      durationMinutes: 50,
      modality: "VIDEO",
    });

    const fresh = await giveSlowingDown(s);
    await send(s.actors.alex, fresh.id, WAS_HURT);
    await send(s.actors.sam, fresh.id, CAUSED_HARM);
    const alexCopy = await recipientIdOf(fresh.id, s.actors.alex.userId);
    await createComment(c, fresh.id, {
      kind: "FEEDBACK",
      body: "Thank you for naming this.",
      recipientId: alexCopy,
      promptId: "feelings-in-words",
    });
    // Sam's own check-in, due tomorrow and not sent: missing before the appointment.
    const [samCheckIn] = await giveCheckIns(s, { clientId: s.actors.sam.userId }, 1);

    const prep = await getCouplePrep(c, s.couple.id, { requestId: "prep-req" });
    expect(prep.subject).toMatchObject({ kind: "couple", id: s.couple.id });
    expect(prep.subject.people.map((p) => p.clientId)).toEqual([s.actors.alex.userId, s.actors.sam.userId]);
    expect(prep.lastAppointment?.id).toBe(last.id);
    expect(prep.nextAppointment?.id).toBe(next.id);
    expect(prep.since).toBe(last.startsAt.toISOString());

    expect(prep.assignments.map((x) => x.id)).toEqual([fresh.id]);
    const shown = prep.assignments[0]!;
    expect(shown).toMatchObject({
      forCouple: true,
      awaitingReview: true,
      overdue: false,
      title: "Slowing down",
    });
    const [alex, sam] = shown.copies;
    expect(alex).toMatchObject({
      clientId: s.actors.alex.userId,
      perspective: { id: "was-hurt" },
      state: "SUBMITTED",
      revision: 1,
      isNew: true,
    });
    expect(sam).toMatchObject({
      clientId: s.actors.sam.userId,
      perspective: { id: "caused-harm" },
      revision: 1,
      isNew: true,
    });
    const alexAnswer = (id: string) => alex!.answers.find((x) => x.promptId === id);
    expect(alexAnswer("feelings-in-words")).toMatchObject({
      lines: ["Mostly grief, and some anger."],
      shared: true,
      changed: false,
    });
    expect(alexAnswer("what-would-help-safety")).toMatchObject({
      lines: ["I need you to tell me where you are."],
      shared: false,
    });
    expect(alexAnswer("readiness")?.lines).toEqual(["I'm ready for small steps"]);
    expect(alexAnswer("pressure-to-move-on")).toMatchObject({ lines: [], shared: false });
    expect(sam!.answers.find((x) => x.promptId === "what-i-did")).toMatchObject({
      lines: ["I hid messages for months."],
      shared: false,
    });
    expect(shown.comments.map((x) => [x.body, x.visibleTo.length])).toEqual([
      ["Thank you for naming this.", 2],
    ]);

    expect(prep.outstanding).toEqual([
      expect.objectContaining({
        assignmentId: samCheckIn!.id,
        overdue: false,
        waitingOn: [expect.objectContaining({ clientId: s.actors.sam.userId, state: "ASSIGNED" })],
      }),
    ]);
    expect(prep.earlierComments.map((x) => [x.body, x.kind, x.exerciseTitle])).toEqual([
      ["Earlier: grief very present.", "PRIVATE_NOTE", "Slowing down"],
    ]);

    const events = await db.auditEvent.findMany({ where: { action: "prep.read", requestId: "prep-req" } });
    expect(events.map((e) => [e.clientId, e.subjectType, e.subjectId, e.actorId])).toEqual(
      expect.arrayContaining([
        [s.actors.alex.userId, "Couple", s.couple.id, c.userId],
        [s.actors.sam.userId, "Couple", s.couple.id, c.userId],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it("marks what changed in a second submission, and overdue work", async () => {
    const s = await reviewScenario();
    const c = s.actors.clinician;
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await reviewAssignment(c, a.id, { action: "revision", note: "A little more?" });
    await send(s.actors.alex, a.id, {
      ...WAS_HURT,
      "what-would-help-safety": { value: "Answer when I call.", shared: false },
    });
    await db.assignment.update({ where: { id: a.id }, data: { dueAt: daysFromNow(-1) } });

    const prep = await getCouplePrep(c, s.couple.id);
    const shown = prep.assignments.find((x) => x.id === a.id)!;
    expect(shown.overdue).toBe(true);
    const alex = shown.copies.find((x) => x.clientId === s.actors.alex.userId)!;
    expect(alex.revision).toBe(2);
    expect(alex.answers.filter((x) => x.changed).map((x) => x.promptId)).toEqual(["what-would-help-safety"]);
    const sam = shown.copies.find((x) => x.clientId === s.actors.sam.userId)!;
    expect(sam).toMatchObject({ state: "ASSIGNED", revision: null, answers: [] });
    expect(prep.outstanding.find((x) => x.assignmentId === a.id)).toMatchObject({
      overdue: true,
      waitingOn: [expect.objectContaining({ clientId: s.actors.sam.userId })],
    });
    // No appointment yet: everything so far.
    expect(prep.since).toBeNull();
  });

  it("treats an appointment still running as the next one, and the one before as the last", async () => {
    const s = await reviewScenario();
    const earlier = await pastAppointment(s, { clientId: s.client.id }, 7);
    const running = await db.appointment.create({
      data: {
        practiceId: s.practice.id,
        clinicianId: s.clinician.id,
        clientId: s.client.id,
        startsAt: new Date(Date.now() - 10 * 60_000),
        durationMinutes: 50,
      },
    });
    const prep = await getClientPrep(s.actors.clinician, s.client.id);
    expect(prep.nextAppointment?.id).toBe(running.id);
    expect(prep.lastAppointment?.id).toBe(earlier.id);
  });

  it("counts couple work only one partner has sent as still to come in, whenever it is due", async () => {
    const s = await reviewScenario();
    await createAppointment(s.actors.clinician, {
      coupleId: s.couple.id,
      startsAt: daysFromNow(2).toISOString(),
      durationMinutes: 50,
      modality: "VIDEO",
    });
    const later = await giveSlowingDown(s, { dueAt: daysFromNow(10).toISOString() });
    const untouched = await giveSlowingDown(s, {
      dueAt: daysFromNow(11).toISOString(),
      allowDuplicate: true,
    });
    await send(s.actors.alex, later.id, WAS_HURT);
    const prep = await getCouplePrep(s.actors.clinician, s.couple.id);
    expect(
      prep.outstanding.map((o) => [o.assignmentId, o.overdue, o.waitingOn.map((w) => w.clientId)]),
    ).toEqual([[later.id, false, [s.actors.sam.userId]]]);
    expect(prep.outstanding.map((o) => o.assignmentId)).not.toContain(untouched.id);
  });

  it("charts repeated check-ins with one series per partner", async () => {
    const s = await reviewScenario();
    const weeks = await giveCheckIns(s, { coupleId: s.couple.id }, 3);
    for (const [i, week] of weeks.entries()) {
      await send(s.actors.alex, week.id, checkInAnswers(3 + i));
      await send(s.actors.sam, week.id, checkInAnswers(6 - i));
    }
    const prep = await getCouplePrep(s.actors.clinician, s.couple.id);
    expect(prep.trends).toHaveLength(1);
    const trend = prep.trends[0]!;
    expect(trend).toMatchObject({ exerciseSlug: "weekly-trust-check-in", title: "Weekly trust check-in" });
    expect(trend.scales.map((x) => x.promptId)).toEqual(["felt-safe", "could-count-on", "openness", "hope"]);
    const feltSafe = trend.scales[0]!;
    expect(feltSafe.series.map((x) => [x.clientId, x.points.map((p) => p.value)])).toEqual([
      [s.actors.alex.userId, [3, 4, 5]],
      [s.actors.sam.userId, [6, 5, 4]],
    ]);
    expect(feltSafe.series[0]!.points.map((p) => p.at)).toEqual(
      weeks.map((w) => new Date(w.dueAt).toISOString()),
    );

    // A single check-in is no trend yet.
    const t = await reviewScenario();
    const [one] = await giveCheckIns(t, { clientId: t.client.id }, 1);
    await send(t.actors.client, one!.id, checkInAnswers(5));
    expect((await getClientPrep(t.actors.clinician, t.client.id)).trends).toEqual([]);
  });
});

describe("the client prep view", () => {
  it("shows an individual's trend and their own copy only of couple work", async () => {
    const s = await reviewScenario();
    const weeks = await giveCheckIns(s, { clientId: s.client.id }, 4);
    for (const [i, week] of weeks.entries()) await send(s.actors.client, week.id, checkInAnswers(2 + i * 2));
    const prep = await getClientPrep(s.actors.clinician, s.client.id);
    expect(prep.subject).toMatchObject({ kind: "client", id: s.client.id, couple: null });
    expect(prep.assignments).toHaveLength(4);
    expect(prep.trends[0]!.scales[0]!.series).toEqual([
      expect.objectContaining({ clientId: s.client.id, points: expect.any(Array) }),
    ]);
    expect(prep.trends[0]!.scales[0]!.series[0]!.points.map((p) => p.value)).toEqual([2, 4, 6, 8]);

    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await send(s.actors.sam, a.id, CAUSED_HARM);
    const alexPrep = await getClientPrep(s.actors.clinician, s.actors.alex.userId);
    expect(alexPrep.subject.couple).toEqual({ id: s.couple.id, name: s.couple.name });
    expect(alexPrep.assignments.map((x) => x.copies.map((c) => c.clientId))).toEqual([
      [s.actors.alex.userId],
    ]);
  });
});

describe("prep scoping", () => {
  it("is a 404 for anyone but the client's own clinician, and closed to other roles", async () => {
    const s = await reviewScenario();
    const colleague = actorFor(await createClinician(s.practice.id));
    const elsewhere = await reviewScenario();
    for (const stranger of [colleague, elsewhere.actors.clinician]) {
      await expect(getClientPrep(stranger, s.client.id)).rejects.toMatchObject({ status: 404 });
      await expect(getCouplePrep(stranger, s.couple.id)).rejects.toMatchObject({ status: 404 });
    }
    // Ids of the wrong kind, or made up.
    await expect(getClientPrep(s.actors.clinician, s.couple.id)).rejects.toMatchObject({ status: 404 });
    await expect(getCouplePrep(s.actors.clinician, s.client.id)).rejects.toMatchObject({ status: 404 });
    await expect(getCouplePrep(s.actors.clinician, "nope")).rejects.toMatchObject({ status: 404 });
    for (const other of [s.actors.alex, s.actors.client, s.actors.admin]) {
      await expect(getClientPrep(other, s.client.id)).rejects.toMatchObject({ status: 403 });
      await expect(getCouplePrep(other, s.couple.id)).rejects.toMatchObject({ status: 403 });
    }
    // Refusals leave no read in the audit trail.
    expect(
      await db.auditEvent.count({
        where: { action: "prep.read", subjectId: { in: [s.client.id, s.couple.id] } },
      }),
    ).toBe(0);
  });

  it("never shows work a colleague gave the same client", async () => {
    const s = await reviewScenario();
    const colleague = await createClinician(s.practice.id, [{ state: "VA" }]);
    // The client moves to the colleague's caseload for a while, and back.
    await db.clientProfile.update({ where: { userId: s.client.id }, data: { clinicianId: colleague.id } });
    const theirs = await createAssignments(actorFor(colleague), {
      exercise: "weekly-trust-check-in",
      clientId: s.client.id,
      dueAt: daysFromNow(1).toISOString(),
    });
    await send(s.actors.client, theirs.items[0]!.id, checkInAnswers(5));
    await db.clientProfile.update({ where: { userId: s.client.id }, data: { clinicianId: s.clinician.id } });
    const prep = await getClientPrep(s.actors.clinician, s.client.id);
    expect(prep.assignments).toEqual([]);
  });
});

describe("query budget", () => {
  async function prepWith(count: number) {
    const s = await reviewScenario();
    await pastAppointment(s, { clientId: s.client.id }, 7);
    const weeks = await giveCheckIns(s, { clientId: s.client.id }, count);
    for (const [i, week] of weeks.entries()) {
      await send(s.actors.client, week.id, checkInAnswers(i % 10));
      await createComment(s.actors.clinician, week.id, { kind: "PRIVATE_NOTE", body: `Week ${i + 1}` });
    }
    const { result, queries } = await countQueries(() => getClientPrep(s.actors.clinician, s.client.id));
    return { result, queries };
  }

  it("runs the same number of queries for 2 and for 20 assignments", async () => {
    const small = await prepWith(2);
    const large = await prepWith(20);
    expect(small.result.assignments).toHaveLength(2);
    expect(large.result.assignments).toHaveLength(20);
    expect(large.result.trends[0]!.scales[0]!.series[0]!.points).toHaveLength(20);
    expect(large.result.assignments.every((a) => a.comments.length === 1)).toBe(true);
    expect(small.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(small.queries);
  });
});
