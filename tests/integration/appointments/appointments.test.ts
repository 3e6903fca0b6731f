import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  cancelAppointment,
  createAppointment,
  listAppointments,
  nextAppointmentWith,
  updateAppointment,
} from "@/lib/appointments/service";
import { actorFor, createClient, createClinician, createScenario, createUser } from "../../support/factories";

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe("appointments", () => {
  it("schedules, lists, moves and cancels an appointment with a client of the caseload", async () => {
    const { clinician, client } = await createScenario();
    const actor = actorFor(clinician);
    const created = await createAppointment(actor, {
      clientId: client.id,
      startsAt: inDays(2),
      durationMinutes: 50,
      modality: "VIDEO",
    });
    expect(created).toMatchObject({
      durationMinutes: 50,
      modality: "VIDEO",
      cancelled: false,
      with: { kind: "client", id: client.id },
    });
    expect((await listAppointments(actor)).map((s) => s.id)).toContain(created.id);

    const moved = await updateAppointment(actor, created.id, { startsAt: inDays(3) });
    expect(new Date(moved.startsAt).getTime()).toBeGreaterThan(new Date(created.startsAt).getTime());
    expect(new Date(moved.endsAt).getTime() - new Date(moved.startsAt).getTime()).toBe(50 * 60_000);

    await cancelAppointment(actor, created.id);
    expect((await listAppointments(actor)).map((s) => s.id)).not.toContain(created.id);
    expect(
      (await listAppointments(actor, { includeCancelled: true })).find((s) => s.id === created.id)?.cancelled,
    ).toBe(true);
    await expect(updateAppointment(actor, created.id, { durationMinutes: 60 })).rejects.toMatchObject({
      status: 422,
    });

    const trail = await db.auditEvent.findMany({
      where: { subjectId: created.id },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, clientId: true },
    });
    expect(trail).toEqual([
      { action: "appointment.scheduled", actorId: clinician.id, clientId: client.id },
      { action: "appointment.updated", actorId: clinician.id, clientId: client.id },
      { action: "appointment.cancelled", actorId: clinician.id, clientId: client.id },
    ]);
  });

  it("schedules with a couple and finds the next appointment for due-date defaults", async () => {
    const { clinician, couple } = await createScenario();
    const actor = actorFor(clinician);
    await createAppointment(actor, {
      coupleId: couple.id,
      startsAt: inDays(5),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    const soon = await createAppointment(actor, {
      coupleId: couple.id,
      startsAt: inDays(1),
      durationMinutes: 50,
      modality: "IN_PERSON",
    });
    expect((await nextAppointmentWith(actor, { coupleId: couple.id }))?.toISOString()).toBe(soon.startsAt);
    expect(await nextAppointmentWith(actor, { clientId: "nobody" })).toBeNull();
  });

  it("refuses clients outside the caseload with a 404, and other clinicians' appointments too", async () => {
    const { practice, clinician, client } = await createScenario();
    const colleague = await createClinician(practice.id);
    const colleagueClient = await createClient(practice.id, colleague.id);
    const actor = actorFor(clinician);
    await expect(
      createAppointment(actor, {
        clientId: colleagueClient.id,
        startsAt: inDays(1),
        durationMinutes: 50,
        modality: "VIDEO",
      }),
    ).rejects.toMatchObject({
      status: 404,
    });
    const mine = await createAppointment(actor, {
      clientId: client.id,
      startsAt: inDays(1),
      durationMinutes: 50,
      modality: "VIDEO",
    });
    await expect(cancelAppointment(actorFor(colleague), mine.id)).rejects.toMatchObject({ status: 404 });
    await expect(
      updateAppointment(actorFor(colleague), mine.id, { durationMinutes: 30 }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await listAppointments(actorFor(colleague))).map((s) => s.id)).not.toContain(mine.id);

    const other = await createScenario();
    await expect(cancelAppointment(actorFor(other.clinician), mine.id)).rejects.toMatchObject({
      status: 404,
    });
  });

  it("is closed to clients and admins (403)", async () => {
    const { practice, partners } = await createScenario();
    const admin = await createUser(practice.id, "ADMIN");
    await expect(listAppointments(actorFor(partners[0]))).rejects.toMatchObject({ status: 403 });
    await expect(listAppointments(actorFor(admin))).rejects.toMatchObject({ status: 403 });
  });

  it("refuses a new appointment in the past", async () => {
    const { clinician, client } = await createScenario();
    await expect(
      createAppointment(actorFor(clinician), {
        clientId: client.id,
        startsAt: inDays(-3),
        durationMinutes: 50,
        modality: "VIDEO",
      }),
    ).rejects.toMatchObject({
      status: 422,
    });
  });
});
