import { describe, expect, it } from "vitest";
import { openAuthSession } from "@/lib/auth/sessions/store";
import { previewReassignment, reassignCaseload } from "@/lib/data-rights/reassign";
import { db } from "@/lib/db";
import {
  actorFor,
  createClient,
  createClinician,
  createCouple,
  createPractice,
  createUser,
  unique,
} from "../../support/factories";
import { giveAssignment } from "../../support/worker";

// An admin deactivates a clinician who is leaving and moves their caseload to a colleague.

const DAY = 86_400_000;

async function leavingClinician() {
  const practice = await createPractice();
  const admin = await createUser(practice.id, "ADMIN");
  const leaving = await createClinician(practice.id, [{ state: "TN" }, { state: "VA" }]);
  const tnOnly = await createClinician(practice.id, [{ state: "TN" }]);
  const bystander = await createClinician(practice.id, [{ state: "TN" }]);
  const vaClient = await createClient(practice.id, leaving.id, { state: "VA", name: "Jordan Lee" });
  const { couple, partners } = await createCouple(practice.id, leaving.id, ["TN", "TN"]);
  const bystanderClient = await createClient(practice.id, bystander.id);
  const open = await giveAssignment({
    practiceId: practice.id,
    clinicianId: leaving.id,
    clientIds: [vaClient.id],
    dueAt: new Date(Date.now() + 3 * DAY),
  });
  const finished = await giveAssignment({
    practiceId: practice.id,
    clinicianId: leaving.id,
    clientIds: partners.map((p) => p.id),
    coupleId: couple.id,
    dueAt: new Date(Date.now() - 3 * DAY),
    state: "REVIEWED",
  });
  const future = await db.appointment.create({
    data: {
      practiceId: practice.id,
      clinicianId: leaving.id,
      coupleId: couple.id,
      startsAt: new Date(Date.now() + 2 * DAY),
    },
  });
  const past = await db.appointment.create({
    data: {
      practiceId: practice.id,
      clinicianId: leaving.id,
      clientId: vaClient.id,
      startsAt: new Date(Date.now() - 2 * DAY),
    },
  });
  const invitation = await db.invitation.create({
    data: {
      practiceId: practice.id,
      invitedById: leaving.id,
      email: `${unique("invitee")}@example.test`,
      name: "New Client",
      role: "CLIENT",
      tokenHash: unique("hash"),
      expiresAt: new Date(Date.now() + 7 * DAY),
    },
  });
  return {
    practice,
    admin,
    leaving,
    tnOnly,
    bystander,
    vaClient,
    couple,
    partners,
    bystanderClient,
    open,
    finished,
    future,
    past,
    invitation,
  };
}

describe("moving a caseload", () => {
  it("previews what moves and warns about clients the new clinician is not licensed for, changing nothing", async () => {
    const s = await leavingClinician();
    const preview = await previewReassignment(actorFor(s.admin), s.leaving.id, s.tnOnly.id);
    expect(preview).toMatchObject({
      from: { id: s.leaving.id },
      to: { id: s.tnOnly.id },
      clients: 3,
      couples: 1,
      openAssignments: 1,
      closedAssignments: 1,
      upcomingAppointments: 1,
      pendingInvitations: 1,
      notLicensed: [{ clientId: s.vaClient.id, name: "Jordan Lee", state: "VA" }],
    });
    expect(await db.clientProfile.count({ where: { clinicianId: s.leaving.id } })).toBe(3);
    expect(
      await db.auditEvent.count({ where: { practiceId: s.practice.id, action: "caseload.reassigned" } }),
    ).toBe(0);
  });

  it("moves clients, couples, all their work, upcoming appointments and invitations; deactivates the clinician; records it all", async () => {
    const s = await leavingClinician();
    const sessionId = await openAuthSession(s.leaving.id, "CLINICIAN");
    const meta = { ip: "198.51.100.4", userAgent: "AdminBrowser", requestId: "req-reassign" };
    const result = await reassignCaseload(
      actorFor(s.admin),
      { fromClinicianId: s.leaving.id, toClinicianId: s.tnOnly.id, deactivate: true },
      meta,
    );
    expect(result.notLicensed.map((c) => c.clientId)).toEqual([s.vaClient.id]);

    expect(await db.clientProfile.count({ where: { clinicianId: s.leaving.id } })).toBe(0);
    expect(await db.clientProfile.count({ where: { clinicianId: s.tnOnly.id } })).toBe(3);
    expect((await db.couple.findUniqueOrThrow({ where: { id: s.couple.id } })).clinicianId).toBe(s.tnOnly.id);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: s.open.id } })).clinicianId).toBe(
      s.tnOnly.id,
    );
    expect((await db.assignment.findUniqueOrThrow({ where: { id: s.finished.id } })).clinicianId).toBe(
      s.tnOnly.id,
    );
    expect((await db.appointment.findUniqueOrThrow({ where: { id: s.future.id } })).clinicianId).toBe(
      s.tnOnly.id,
    );
    // What already happened stays with who did it.
    expect((await db.appointment.findUniqueOrThrow({ where: { id: s.past.id } })).clinicianId).toBe(
      s.leaving.id,
    );
    expect((await db.invitation.findUniqueOrThrow({ where: { id: s.invitation.id } })).invitedById).toBe(
      s.tnOnly.id,
    );
    // Other clinicians' caseloads are untouched.
    expect(
      (await db.clientProfile.findUniqueOrThrow({ where: { userId: s.bystanderClient.id } })).clinicianId,
    ).toBe(s.bystander.id);

    const leaving = await db.user.findUniqueOrThrow({ where: { id: s.leaving.id } });
    expect(leaving.deactivatedAt).not.toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();

    const events = await db.auditEvent.findMany({
      where: { practiceId: s.practice.id, actorId: s.admin.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action).sort()).toEqual([
      "caseload.reassigned",
      "client.reassigned",
      "client.reassigned",
      "client.reassigned",
      "people.deactivated",
    ]);
    expect(events.find((e) => e.action === "caseload.reassigned")).toMatchObject({
      subjectId: s.leaving.id,
      ip: "198.51.100.4",
      requestId: "req-reassign",
      metadata: {
        toClinicianId: s.tnOnly.id,
        clients: 3,
        couples: 1,
        assignments: 2,
        appointments: 1,
        invitations: 1,
        notLicensed: 1,
      },
    });
    expect(
      events
        .filter((e) => e.action === "client.reassigned")
        .map((e) => e.clientId)
        .sort(),
    ).toEqual([s.vaClient.id, ...s.partners.map((p) => p.id)].sort());
  });

  it("can move without deactivating", async () => {
    const s = await leavingClinician();
    await reassignCaseload(
      actorFor(s.admin),
      { fromClinicianId: s.leaving.id, toClinicianId: s.bystander.id, deactivate: false },
      {},
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: s.leaving.id } })).deactivatedAt).toBeNull();
    expect(await db.clientProfile.count({ where: { clinicianId: s.bystander.id } })).toBe(4);
  });

  it("refuses non-admins (403), clinicians of another practice (404), a deactivated or identical successor (422)", async () => {
    const s = await leavingClinician();
    const input = { fromClinicianId: s.leaving.id, toClinicianId: s.tnOnly.id, deactivate: true };
    await expect(reassignCaseload(actorFor(s.leaving), input, {})).rejects.toMatchObject({ status: 403 });
    await expect(previewReassignment(actorFor(s.vaClient), s.leaving.id, s.tnOnly.id)).rejects.toMatchObject({
      status: 403,
    });

    const other = await createPractice();
    const otherAdmin = await createUser(other.id, "ADMIN");
    const outsider = await createClinician(other.id);
    await expect(reassignCaseload(actorFor(otherAdmin), input, {})).rejects.toMatchObject({ status: 404 });
    await expect(
      reassignCaseload(actorFor(s.admin), { ...input, toClinicianId: outsider.id }, {}),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      reassignCaseload(actorFor(s.admin), { ...input, fromClinicianId: s.vaClient.id }, {}),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      reassignCaseload(actorFor(s.admin), { ...input, toClinicianId: s.leaving.id }, {}),
    ).rejects.toMatchObject({ status: 422 });
    await db.user.update({ where: { id: s.tnOnly.id }, data: { deactivatedAt: new Date() } });
    await expect(reassignCaseload(actorFor(s.admin), input, {})).rejects.toMatchObject({ status: 422 });

    expect(await db.clientProfile.count({ where: { clinicianId: s.leaving.id } })).toBe(3);
    expect(
      await db.auditEvent.count({
        where: { practiceId: s.practice.id, action: { in: ["caseload.reassigned", "client.reassigned"] } },
      }),
    ).toBe(0);
  });
});
