import { describe, expect, it } from "vitest";
import { defaultDueFor } from "@/lib/assignments/default-due";
import { toZonedInput } from "@/lib/assignments/due-dates";
import {
  createAssignments,
  getAssignment,
  listAssignments,
  listMyAssignments,
  updateAssignment,
} from "@/lib/assignments/service";
import { db } from "@/lib/db";
import {
  actorFor,
  createClient,
  createClinician,
  createCouple,
  createPractice,
  createScenario,
} from "../../support/factories";
import { assignCheckIn, assignmentScenario, assignSlowingDown, inAWeek } from "./support";

const DAY = 86_400_000;

describe("assigning work", () => {
  it("gives a couple one copy each, with the latest version pinned and a perspective per partner", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    expect(a.exercise.slug).toBe("slowing-down");
    const latest = await db.exerciseVersion.findFirst({
      where: { exercise: { slug: "slowing-down", scope: { startsWith: "pack:" } } },
      orderBy: { version: "desc" },
    });
    expect(a.exercise.versionId).toBe(latest!.id);
    expect(a.couple?.id).toBe(s.couple.id);
    expect(a.note).toBe("Take your time with this one.");
    const byClient = Object.fromEntries(a.recipients.map((r) => [r.clientId, r]));
    expect(byClient[s.actors.alex.userId]).toMatchObject({
      state: "ASSIGNED",
      perspective: { id: "was-hurt", label: "The partner who was hurt" },
    });
    expect(byClient[s.actors.sam.userId]).toMatchObject({
      state: "ASSIGNED",
      perspective: { id: "caused-harm" },
    });
    // Every recipient has an empty response ready, at version 0.
    const responses = await db.response.findMany({ where: { recipient: { assignmentId: a.id } } });
    expect(responses.map((r) => r.version)).toEqual([0, 0]);
    // The jurisdiction checks that allowed it are linked to it.
    expect(await db.authorizationCheck.count({ where: { assignmentId: a.id, allowed: true } })).toBe(2);
  });

  it("records the creation in the audit trail, per client, without any text", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const events = await db.auditEvent.findMany({ where: { action: "assignment.created", subjectId: a.id } });
    expect(events.map((e) => e.clientId).sort()).toEqual([s.actors.alex.userId, s.actors.sam.userId].sort());
    expect(JSON.stringify(events.map((e) => e.metadata))).not.toContain("Take your time");
  });

  it("asks for a perspective for each partner when the exercise has perspectives", async () => {
    const s = await assignmentScenario();
    const attempt = createAssignments(s.actors.clinician, {
      exercise: "slowing-down",
      coupleId: s.couple.id,
      perspectives: { [s.actors.alex.userId]: "was-hurt" },
      dueAt: inAWeek(),
    });
    await expect(attempt).rejects.toMatchObject({ status: 400 });
    await expect(attempt).rejects.toSatisfy((e: { details: { path: string }[] }) =>
      e.details.some((d) => d.path === `perspectives.${s.actors.sam.userId}`),
    );
    await expect(
      createAssignments(s.actors.clinician, {
        exercise: "slowing-down",
        coupleId: s.couple.id,
        perspectives: { [s.actors.alex.userId]: "was-hurt", [s.actors.sam.userId]: "not-a-perspective" },
        dueAt: inAWeek(),
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      createAssignments(s.actors.clinician, {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        perspectives: { [s.client.id]: "was-hurt" },
        dueAt: inAWeek(),
      }),
    ).rejects.toMatchObject({ status: 400 });
    expect(await db.assignment.count({ where: { clinicianId: s.clinician.id } })).toBe(0);
  });

  it("refuses a due date in the past", async () => {
    const s = await assignmentScenario();
    await expect(
      assignCheckIn(s, { dueAt: new Date(Date.now() - 60_000).toISOString() }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("defaults the due date to 8 pm in the client's zone the evening before the next appointment at least a day away, else a week out", async () => {
    const s = await assignmentScenario();
    const now = new Date();
    const zone = "America/Chicago"; // the scenario's clients keep the default zone
    const local = (d: Date) => toZonedInput(d, zone);
    const noAppointment = await defaultDueFor(s.actors.clinician, { clientId: s.client.id }, now);
    expect(local(noAppointment).slice(11)).toBe("20:00");
    expect(noAppointment.getTime() - now.getTime()).toBeGreaterThan(6 * DAY);
    expect(noAppointment.getTime() - now.getTime()).toBeLessThan(8 * DAY);

    const soon = new Date(now.getTime() + 5 * 3_600_000); // too close to prepare for
    const later = new Date(now.getTime() + 3 * DAY);
    for (const startsAt of [soon, later]) {
      await db.appointment.create({
        data: { practiceId: s.practice.id, clinicianId: s.clinician.id, coupleId: s.couple.id, startsAt },
      });
    }
    const forCouple = await defaultDueFor(s.actors.clinician, { coupleId: s.couple.id }, now);
    const [y, m, d] = local(later).slice(0, 10).split("-").map(Number) as [number, number, number];
    const dayBefore = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
    expect(local(forCouple)).toBe(`${dayBefore}T20:00`);
    // The server uses the same default when the form leaves the due date out.
    const created = await createAssignments(
      s.actors.clinician,
      {
        exercise: "slowing-down",
        coupleId: s.couple.id,
        perspectives: { [s.actors.alex.userId]: "was-hurt", [s.actors.sam.userId]: "caused-harm" },
      },
      {},
      now,
    );
    expect(created.items[0]!.dueAt).toBe(forCouple.toISOString());
  });

  it("repeats weekly until a date: one assignment per week sharing a seriesId", async () => {
    const s = await assignmentScenario();
    const first = new Date(Date.now() + 2 * DAY);
    const created = await createAssignments(s.actors.clinician, {
      exercise: "weekly-trust-check-in",
      clientId: s.client.id,
      dueAt: first.toISOString(),
      repeatWeeklyUntil: new Date(first.getTime() + 28 * DAY + 3_600_000).toISOString(),
    });
    expect(created.items).toHaveLength(5);
    expect(created.seriesId).toBeTruthy();
    expect(new Set(created.items.map((a) => a.seriesId))).toEqual(new Set([created.seriesId]));
    const gaps = created.items
      .slice(1)
      .map((a, i) => new Date(a.dueAt).getTime() - new Date(created.items[i]!.dueAt).getTime());
    // Seven days apart (give or take a daylight-saving hour in the clinician's zone).
    for (const gap of gaps) expect(Math.abs(gap - 7 * DAY)).toBeLessThanOrEqual(3_600_000);
    // Each week has its own copy and response.
    expect(
      await db.response.count({ where: { recipient: { assignment: { seriesId: created.seriesId } } } }),
    ).toBe(5);

    await expect(
      createAssignments(s.actors.clinician, {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        dueAt: first.toISOString(),
        repeatWeeklyUntil: new Date(first.getTime() + 400 * DAY).toISOString(),
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      createAssignments(s.actors.clinician, {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        dueAt: first.toISOString(),
        repeatWeeklyUntil: new Date(first.getTime() - DAY).toISOString(),
      }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("changes the due date and the note", async () => {
    const s = await assignmentScenario();
    const a = await assignCheckIn(s, { note: "First note" });
    const due = new Date(Date.now() + 10 * DAY).toISOString();
    const updated = await updateAssignment(s.actors.clinician, a.id, { dueAt: due, note: "  " });
    expect(updated.dueAt).toBe(due);
    expect(updated.note).toBeNull();
    await expect(
      updateAssignment(s.actors.clinician, a.id, { dueAt: new Date(Date.now() - DAY).toISOString() }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });

  it("withdraws: the client still sees it (as withdrawn), and it can no longer be changed", async () => {
    const s = await assignmentScenario();
    const a = await assignCheckIn(s);
    const withdrawn = await updateAssignment(s.actors.clinician, a.id, { withdraw: true });
    expect(withdrawn.status).toBe("WITHDRAWN");
    expect(withdrawn.withdrawnAt).not.toBeNull();
    // Twice is harmless.
    expect((await updateAssignment(s.actors.clinician, a.id, { withdraw: true })).withdrawnAt).toBe(
      withdrawn.withdrawnAt,
    );
    await expect(updateAssignment(s.actors.clinician, a.id, { dueAt: inAWeek() })).rejects.toMatchObject({
      status: 409,
    });
    const mine = await listMyAssignments(s.actors.client);
    expect(mine.find((x) => x.id === a.id)).toMatchObject({ status: "WITHDRAWN" });
    expect(await db.auditEvent.count({ where: { action: "assignment.withdrawn", subjectId: a.id } })).toBe(1);
  });

  it("withdraws the later weeks of a series when asked, leaving earlier ones", async () => {
    const s = await assignmentScenario();
    const first = new Date(Date.now() + DAY);
    const { items } = await createAssignments(s.actors.clinician, {
      exercise: "weekly-trust-check-in",
      clientId: s.client.id,
      dueAt: first.toISOString(),
      repeatWeeklyUntil: new Date(first.getTime() + 21 * DAY).toISOString(),
    });
    expect(items).toHaveLength(4);
    await updateAssignment(s.actors.clinician, items[2]!.id, { withdraw: true, series: true });
    const rows = await db.assignment.findMany({
      where: { id: { in: items.map((i) => i.id) } },
      orderBy: { dueAt: "asc" },
    });
    expect(rows.map((r) => r.status)).toEqual(["ACTIVE", "ACTIVE", "WITHDRAWN", "WITHDRAWN"]);
  });
});

describe("jurisdiction on every assignment", () => {
  it("refuses a couple when one partner is in a state the clinician is not licensed in, naming that partner and state", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const { couple, partners } = await createCouple(practice.id, clinician.id, ["TN", "GA"]);
    const attempt = createAssignments(actorFor(clinician), {
      exercise: "slowing-down",
      coupleId: couple.id,
      perspectives: { [partners[0].id]: "was-hurt", [partners[1].id]: "caused-harm" },
      dueAt: inAWeek(),
    });
    await expect(attempt).rejects.toMatchObject({ status: 422 });
    await expect(attempt).rejects.toSatisfy(
      (e: { details: { reason: string; people: { clientId: string; state: string }[] } }) => {
        return (
          e.details.reason === "jurisdiction" &&
          e.details.people.length === 1 &&
          e.details.people[0]!.clientId === partners[1].id &&
          e.details.people[0]!.state === "GA"
        );
      },
    );
    expect(await db.assignment.count({ where: { coupleId: couple.id } })).toBe(0);
    // Each partner's decision was recorded, allowed or not.
    const checks = await db.authorizationCheck.findMany({ where: { clinicianId: clinician.id } });
    expect(checks.some((c) => c.clientId === partners[0].id && c.allowed)).toBe(true);
    expect(checks.some((c) => c.clientId === partners[1].id && !c.allowed)).toBe(true);
  });

  it("refuses an individual client whose location is unknown", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id, [{ state: "TN" }]);
    const client = await createClient(practice.id, clinician.id, { state: null });
    await expect(
      createAssignments(actorFor(clinician), {
        exercise: "weekly-trust-check-in",
        clientId: client.id,
        dueAt: inAWeek(),
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});

describe("who may assign and see assignments", () => {
  it("a client cannot assign (403) and an admin cannot list assignments (403)", async () => {
    const s = await assignmentScenario();
    await expect(
      createAssignments(s.actors.client, {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        dueAt: inAWeek(),
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(listAssignments(s.actors.admin)).rejects.toMatchObject({ status: 403 });
  });

  it("another clinician of the same practice, or another practice, gets 404 for the assignment and the client", async () => {
    const s = await assignmentScenario();
    const a = await assignCheckIn(s);
    const colleague = actorFor(await createClinician(s.practice.id, [{ state: "TN" }, { state: "VA" }]));
    const other = await createScenario();
    const stranger = actorFor(other.clinician);
    for (const actor of [colleague, stranger]) {
      await expect(getAssignment(actor, a.id)).rejects.toMatchObject({ status: 404 });
      await expect(updateAssignment(actor, a.id, { withdraw: true })).rejects.toMatchObject({ status: 404 });
      await expect(
        createAssignments(actor, {
          exercise: "weekly-trust-check-in",
          clientId: s.client.id,
          dueAt: inAWeek(),
        }),
      ).rejects.toMatchObject({ status: 404 });
      expect((await listAssignments(actor, { clientId: s.client.id })).items).toEqual([]);
    }
    expect((await getAssignment(s.actors.clinician, a.id)).id).toBe(a.id);
  });

  it("a client sees only their own copy: another client's assignment is a 404, a partner's state is only 'sent or not'", async () => {
    const s = await assignmentScenario();
    const check = await assignCheckIn(s);
    const couple = await assignSlowingDown(s);
    await expect(getAssignment(s.actors.alex, check.id)).rejects.toMatchObject({ status: 404 });
    const mine = await getAssignment(s.actors.alex, couple.id);
    expect(mine).toMatchObject({
      view: "client",
      perspective: { id: "was-hurt" },
      partner: { submitted: false },
    });
    expect(JSON.stringify(mine)).not.toContain(s.actors.sam.userId);
    const list = await listAssignments(s.actors.alex);
    expect(list.items.map((i) => i.id)).toEqual([couple.id]);
  });
});

describe("listing with a cursor", () => {
  it("pages through every assignment exactly once, in due order, scoped to the actor", async () => {
    const s = await assignmentScenario();
    const first = new Date(Date.now() + DAY);
    await createAssignments(s.actors.clinician, {
      exercise: "weekly-trust-check-in",
      clientId: s.client.id,
      dueAt: first.toISOString(),
      repeatWeeklyUntil: new Date(first.getTime() + 6 * 7 * DAY).toISOString(),
    });
    await assignSlowingDown(s);
    // Noise in another practice must never show up.
    const other = await createScenario();
    await createAssignments(actorFor(other.clinician), {
      exercise: "weekly-trust-check-in",
      clientId: other.client.id,
      dueAt: inAWeek(),
    });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAssignments(s.actors.clinician, { limit: 3, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
    expect(pages).toBe(3);
    const all = await db.assignment.findMany({
      where: { clinicianId: s.clinician.id },
      orderBy: [{ dueAt: "desc" }, { id: "desc" }],
    });
    expect(seen).toEqual(all.map((a) => a.id));

    const ascending = await listAssignments(s.actors.clinician, {
      limit: 100,
      sort: "dueAt",
      clientId: s.client.id,
    });
    expect(ascending.items).toHaveLength(7);
    expect(ascending.items.map((i) => i.dueAt)).toEqual([...ascending.items.map((i) => i.dueAt)].sort());
    expect(ascending.nextCursor).toBeNull();
  });

  it("filters by couple and status, and refuses a malformed cursor with 400", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await assignCheckIn(s);
    await updateAssignment(s.actors.clinician, a.id, { withdraw: true });
    expect(
      (await listAssignments(s.actors.clinician, { coupleId: s.couple.id })).items.map((i) => i.id),
    ).toEqual([a.id]);
    expect(
      (await listAssignments(s.actors.clinician, { status: "withdrawn" })).items.map((i) => i.id),
    ).toEqual([a.id]);
    expect((await listAssignments(s.actors.clinician, { status: "active" })).items).toHaveLength(1);
    await expect(listAssignments(s.actors.clinician, { cursor: "not-a-cursor" })).rejects.toMatchObject({
      status: 400,
    });
  });
});
