import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAssignments } from "@/lib/assignments/service";
import { getClientHome } from "@/lib/clients/home";
import { openAuthSession, resolveAuthSession } from "@/lib/auth/sessions/store";
import { purgeExpiredAccounts } from "@/lib/data-rights/purge";
import { exportMyData } from "@/lib/data-rights/export";
import { db } from "@/lib/db";
import { DISCHARGE_ACCESS_MS } from "@/lib/discharge/schemas";
import { closeClientAccount, dischargeClient, readmitClient } from "@/lib/discharge/service";
import { testApiClient } from "../../support/api-client";
import {
  actorFor,
  createClinician,
  createPractice,
  createScenario,
  createUser,
} from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";

// Discharge, re-admission and closure: who may, what each does to new work, sign-in and the
// retention clock, and that the retention job purges discharged, closed and deactivated clients alike.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const DAY = 86_400_000;
const YEAR = 366 * DAY;
const id = (value: string) => ({ params: { path: { id: value } } });
const inAWeek = () => new Date(Date.now() + 7 * DAY).toISOString();

beforeEach(() => signInForRoutes(null));

describe("discharge and re-admission", () => {
  it("a clinician discharges their client over HTTP: no new work, read and export stay, every step audited", async () => {
    const s = await createScenario();
    const clinician = actorFor(s.clinician);
    signInForRoutes(clinician);

    const unconfirmed = await api.POST("/api/v1/clients/{id}/discharge", {
      ...id(s.client.id),
      body: { confirm: "yes" },
    });
    expect(unconfirmed.response.status).toBe(422);

    const res = await api.POST("/api/v1/clients/{id}/discharge", {
      ...id(s.client.id),
      body: { confirm: "DISCHARGE" },
    });
    expect(res.response.status).toBe(200);
    const status = res.data!.clients[0]!;
    expect(status.id).toBe(s.client.id);
    expect(new Date(status.accessEndsAt!).getTime() - new Date(status.dischargedAt!).getTime()).toBe(
      DISCHARGE_ACCESS_MS,
    );

    await expect(
      createAssignments(clinician, {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        dueAt: inAWeek(),
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining("discharged") });
    // The client can still sign in, read and export.
    const session = await openAuthSession(s.client.id, "CLIENT");
    expect(await resolveAuthSession(session, 1)).not.toBeNull();
    expect((await getClientHome(actorFor(s.client))).accessEndsAt?.toISOString()).toBe(status.accessEndsAt);
    await expect(exportMyData(actorFor(s.client), {}, "page")).resolves.toMatchObject({
      format: "mend-client-export",
    });

    const readmitted = await api.POST("/api/v1/clients/{id}/readmit", id(s.client.id));
    expect(readmitted.data!.clients[0]).toMatchObject({
      dischargedAt: null,
      accessEndsAt: null,
      closed: false,
    });
    await expect(
      createAssignments(clinician, {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        dueAt: inAWeek(),
      }),
    ).resolves.toMatchObject({ items: [expect.anything()] });
    // Re-admitting someone in care is a conflict.
    expect((await api.POST("/api/v1/clients/{id}/readmit", id(s.client.id))).response.status).toBe(409);

    const events = await db.auditEvent.findMany({
      where: { clientId: s.client.id, action: { in: ["client.discharged", "client.readmitted"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["client.discharged", s.clinician.id],
      ["client.readmitted", s.clinician.id],
    ]);
  });

  it("discharges a couple's partners together; new work for the couple is refused", async () => {
    const s = await createScenario();
    signInForRoutes(actorFor(s.clinician));
    const res = await api.POST("/api/v1/couples/{id}/discharge", {
      ...id(s.couple.id),
      body: { confirm: "DISCHARGE" },
    });
    expect(res.response.status).toBe(200);
    expect(res.data!.clients.map((c) => c.id).sort()).toEqual(s.partners.map((p) => p.id).sort());
    expect(res.data!.clients.every((c) => c.dischargedAt !== null)).toBe(true);
    await expect(
      createAssignments(actorFor(s.clinician), {
        exercise: "weekly-trust-check-in",
        coupleId: s.couple.id,
        dueAt: inAWeek(),
      }),
    ).rejects.toMatchObject({ status: 422 });
    const back = await api.POST("/api/v1/couples/{id}/readmit", id(s.couple.id));
    expect(back.data!.clients.every((c) => c.dischargedAt === null)).toBe(true);
  });

  it("refuses another clinician's client (404), clients (403), another practice (404); only admins close", async () => {
    const s = await createScenario();
    const colleague = await createClinician(s.practice.id);
    const elsewhere = await createPractice();
    const otherAdmin = await createUser(elsewhere.id, "ADMIN");
    const body = { confirm: "DISCHARGE" };

    signInForRoutes(actorFor(colleague));
    expect(
      (await api.POST("/api/v1/clients/{id}/discharge", { ...id(s.client.id), body })).response.status,
    ).toBe(404);
    expect(
      (await api.POST("/api/v1/couples/{id}/discharge", { ...id(s.couple.id), body })).response.status,
    ).toBe(404);
    expect(
      (await api.POST("/api/v1/clients/{id}/close", { ...id(s.client.id), body: { confirm: "CLOSE" } }))
        .response.status,
    ).toBe(403);
    signInForRoutes(actorFor(s.partners[0]));
    expect(
      (await api.POST("/api/v1/clients/{id}/discharge", { ...id(s.client.id), body })).response.status,
    ).toBe(403);
    signInForRoutes(actorFor(otherAdmin));
    expect(
      (await api.POST("/api/v1/clients/{id}/discharge", { ...id(s.client.id), body })).response.status,
    ).toBe(404);
    expect(
      (await api.POST("/api/v1/clients/{id}/close", { ...id(s.client.id), body: { confirm: "CLOSE" } }))
        .response.status,
    ).toBe(404);
    expect(
      (await db.clientProfile.findUniqueOrThrow({ where: { userId: s.client.id } })).dischargedAt,
    ).toBeNull();

    // The practice's admin closes the account: signed out at once, audited.
    const session = await openAuthSession(s.client.id, "CLIENT");
    signInForRoutes(actorFor(s.admin));
    const closed = await api.POST("/api/v1/clients/{id}/close", {
      ...id(s.client.id),
      body: { confirm: "CLOSE" },
    });
    expect(closed.data!.clients[0]!.closed).toBe(true);
    expect(await resolveAuthSession(session, 1)).toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "client.closed", clientId: s.client.id, actorId: s.admin.id },
      }),
    ).toBe(1);
    // A closed account is not re-admitted.
    expect((await api.POST("/api/v1/clients/{id}/readmit", id(s.client.id))).response.status).toBe(409);
  });
});

describe("discharge -> access ends -> retention -> purge", () => {
  it("ends sign-in after the access period, keeps the record through retention from discharge, then purges", async () => {
    const s = await createScenario();
    await db.practice.update({ where: { id: s.practice.id }, data: { retentionYears: 5 } });
    const dischargedAt = new Date();
    await dischargeClient(actorFor(s.clinician), s.client.id, { confirm: "DISCHARGE" }, {}, dischargedAt);
    const session = await openAuthSession(s.client.id, "CLIENT");

    // Within the access period the daily job leaves the client alone.
    await purgeExpiredAccounts(new Date(dischargedAt.getTime() + DISCHARGE_ACCESS_MS - DAY));
    expect((await db.user.findUniqueOrThrow({ where: { id: s.client.id } })).deactivatedAt).toBeNull();

    // After it, sign-in ends (once, audited by the system), and the record is still there.
    await purgeExpiredAccounts(new Date(dischargedAt.getTime() + DISCHARGE_ACCESS_MS + DAY));
    expect((await db.user.findUniqueOrThrow({ where: { id: s.client.id } })).deactivatedAt).not.toBeNull();
    expect(await resolveAuthSession(session, 1)).toBeNull();
    expect(
      await db.auditEvent.count({
        where: { action: "client.access_ended", clientId: s.client.id, actorId: null },
      }),
    ).toBe(1);
    expect(await db.clientLocation.count({ where: { clientId: s.client.id } })).toBe(1);

    // Retention counts from the discharge: a day short of 5 years, kept; after, purged.
    const end = new Date(dischargedAt);
    end.setUTCFullYear(end.getUTCFullYear() + 5);
    await purgeExpiredAccounts(new Date(end.getTime() - DAY));
    expect(await db.auditEvent.count({ where: { action: "client.purged", clientId: s.client.id } })).toBe(0);
    await purgeExpiredAccounts(new Date(end.getTime() + DAY));
    expect(await db.auditEvent.count({ where: { action: "client.purged", clientId: s.client.id } })).toBe(1);
    expect(await db.clientLocation.count({ where: { clientId: s.client.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: s.client.id } })).name).toBe("Former client");
  });

  it("purges admin-closed and admin-deactivated clients too, counting from closure or deactivation; re-admitted ones never", async () => {
    const s = await createScenario();
    await db.practice.update({ where: { id: s.practice.id }, data: { retentionYears: 5 } });
    const [closedOne, deactivatedOne] = s.partners;
    const t0 = new Date();
    await closeClientAccount(actorFor(s.admin), closedOne.id, { confirm: "CLOSE" }, {}, t0);
    await db.user.update({ where: { id: deactivatedOne.id }, data: { deactivatedAt: t0 } });
    await dischargeClient(actorFor(s.clinician), s.client.id, { confirm: "DISCHARGE" }, {}, t0);
    await readmitClient(actorFor(s.clinician), s.client.id);

    await purgeExpiredAccounts(new Date(t0.getTime() + 5 * YEAR - 30 * DAY));
    expect(
      await db.auditEvent.count({
        where: { action: "client.purged", clientId: { in: [closedOne.id, deactivatedOne.id] } },
      }),
    ).toBe(0);
    await purgeExpiredAccounts(new Date(t0.getTime() + 5 * YEAR + DAY));
    const purged = await db.auditEvent.findMany({
      where: { action: "client.purged", clientId: { in: [closedOne.id, deactivatedOne.id, s.client.id] } },
      select: { clientId: true },
    });
    expect(purged.map((p) => p.clientId).sort()).toEqual([closedOne.id, deactivatedOne.id].sort());
  });
});
