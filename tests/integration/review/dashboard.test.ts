import { describe, expect, it } from "vitest";
import { getDashboard } from "@/lib/dashboard/service";
import { db } from "@/lib/db";
import { reviewAssignment } from "@/lib/review/service";
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
  reviewScenario,
  send,
} from "./support";

describe("the clinician dashboard", () => {
  it("lists the coming week's appointments with what came in, what is overdue and what waits for review", async () => {
    const s = await reviewScenario();
    const c = s.actors.clinician;
    await pastAppointment(s, { coupleId: s.couple.id }, 6);
    const coupleAppointment = await createAppointment(c, {
      coupleId: s.couple.id,
      startsAt: daysFromNow(1).toISOString(),
      durationMinutes: 50,
      modality: "VIDEO",
    });
    const clientAppointment = await createAppointment(c, {
      clientId: s.client.id,
      startsAt: daysFromNow(3).toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    await createAppointment(c, {
      clientId: s.client.id,
      startsAt: daysFromNow(9).toISOString(),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    const cancelled = await createAppointment(c, {
      coupleId: s.couple.id,
      startsAt: daysFromNow(2).toISOString(),
      durationMinutes: 50,
      modality: "VIDEO",
    });
    await db.appointment.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });

    // Before the last appointment: sent and reviewed (not new, not waiting).
    const before = await giveSlowingDown(s);
    await send(s.actors.alex, before.id, WAS_HURT, daysFromNow(-8));
    await send(s.actors.sam, before.id, CAUSED_HARM, daysFromNow(-8));
    await reviewAssignment(c, before.id, { action: "reviewed" });
    // Since: Alex sent, Sam has not, and it is overdue.
    const since = await giveSlowingDown(s);
    await send(s.actors.alex, since.id, WAS_HURT, daysFromNow(-2));
    await db.assignment.update({ where: { id: since.id }, data: { dueAt: daysFromNow(-1) } });
    // Sam's own check-in, sent yesterday: waiting for review.
    const [samCheckIn] = await giveCheckIns(s, { clientId: s.actors.sam.userId }, 1);
    await send(s.actors.sam, samCheckIn!.id, checkInAnswers(5), daysFromNow(-1));
    // The individual client: one sent three days ago (first appointment: everything counts).
    const [clientCheckIn] = await giveCheckIns(s, { clientId: s.client.id }, 1);
    await send(s.actors.client, clientCheckIn!.id, checkInAnswers(4), daysFromNow(-3));

    const dashboard = await getDashboard(c);
    expect(dashboard.timeZone).toBe(c.timeZone);
    expect(dashboard.appointments.map((x) => x.id)).toEqual([coupleAppointment.id, clientAppointment.id]);
    const [couple, client] = dashboard.appointments;
    expect(couple).toMatchObject({
      with: { kind: "couple", id: s.couple.id },
      newSubmissions: 2,
      overdue: 1,
      unreviewed: 2,
      prepHref: `/prep/couples/${s.couple.id}`,
    });
    expect(couple!.lastAppointmentAt).not.toBeNull();
    expect(client).toMatchObject({
      with: { kind: "client", id: s.client.id },
      lastAppointmentAt: null,
      newSubmissions: 1,
      overdue: 0,
      unreviewed: 1,
    });

    // Oldest first: the client's (3 days ago), Alex's (2 days ago), Sam's check-in (yesterday).
    expect(dashboard.awaitingReview.map((x) => x.assignmentIds)).toEqual([
      [clientCheckIn!.id],
      [since.id],
      [samCheckIn!.id],
    ]);
    const slowing = dashboard.awaitingReview[1]!;
    expect(slowing).toMatchObject({
      title: "Slowing down",
      with: { kind: "couple", id: s.couple.id },
      href: `/prep/couples/${s.couple.id}#assignment-${since.id}`,
    });
    expect(slowing.senders.map((x) => x.clientId)).toEqual([s.actors.alex.userId]);
    expect(dashboard.awaitingReview[2]!.with).toMatchObject({ kind: "client", id: s.actors.sam.userId });
  });

  it("gathers repeated check-ins of one person into one row, at the oldest", async () => {
    const s = await reviewScenario();
    const weeks = await giveCheckIns(s, { clientId: s.client.id }, 3);
    for (const [i, week] of weeks.entries())
      await send(s.actors.client, week.id, checkInAnswers(i + 3), daysFromNow(-3 + i));
    await reviewAssignment(s.actors.clinician, weeks[0]!.id, { action: "reviewed" });
    const { awaitingReview } = await getDashboard(s.actors.clinician);
    expect(awaitingReview).toHaveLength(1);
    expect(awaitingReview[0]).toMatchObject({
      title: "Weekly trust check-in",
      with: { kind: "client", id: s.client.id },
      assignmentIds: [weeks[1]!.id, weeks[2]!.id],
      href: `/prep/clients/${s.client.id}#assignment-${weeks[1]!.id}`,
      senders: [expect.objectContaining({ clientId: s.client.id })],
    });
    const second = await db.assignmentRecipient.findFirstOrThrow({
      where: { assignmentId: weeks[1]!.id },
      select: { submittedAt: true },
    });
    expect(awaitingReview[0]!.oldestSubmittedAt).toBe(second.submittedAt!.toISOString());
    expect(awaitingReview[0]!.senders[0]!.submittedAt).toBe(second.submittedAt!.toISOString());
  });

  it("shows nothing of a colleague's appointments or work, and is closed to clients and admins", async () => {
    const s = await reviewScenario();
    const colleague = actorFor(await createClinician(s.practice.id));
    await createAppointment(s.actors.clinician, {
      coupleId: s.couple.id,
      startsAt: daysFromNow(1).toISOString(),
      durationMinutes: 50,
      modality: "VIDEO",
    });
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    expect(await getDashboard(colleague)).toMatchObject({ appointments: [], awaitingReview: [] });
    const elsewhere = await reviewScenario();
    expect(await getDashboard(elsewhere.actors.clinician)).toMatchObject({
      appointments: [],
      awaitingReview: [],
    });
    await expect(getDashboard(s.actors.alex)).rejects.toMatchObject({ status: 403 });
    await expect(getDashboard(s.actors.admin)).rejects.toMatchObject({ status: 403 });
  });
});
