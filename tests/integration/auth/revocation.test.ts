import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { changePassword, listMySessions, signOutEverywhere } from "@/lib/auth/account/service";
import { signInWithPassword } from "@/lib/auth/sign-in/credentials";
import { resolveAuthSession, sessionLimits } from "@/lib/auth/sessions/store";
import { db } from "@/lib/db";
import {
  changeRole,
  deactivatePerson,
  listPeopleSecurity,
  reactivatePerson,
  signOutPersonEverywhere,
} from "@/lib/people/service";
import {
  actorFor,
  createClient,
  createClinician,
  createPractice,
  createUser,
  TEST_PASSWORD,
} from "../../support/factories";
import { api, sendRaw, freshIp, signIn } from "./support";
import { settle } from "../../support/api-client";
import { setSessionCookie } from "../../support/session-cookie";

// Only the request's cookie jar is stood in for (tests/support/session-cookie.ts): the cookie is a
// real next-auth one, and its decoding, lib/auth/session.ts, the routes and the services are real. resetModules: modules that another test
// file cached with its own mocks are loaded afresh for this file.
vi.mock("next/headers", async (importOriginal) =>
  (await import("../../support/session-cookie")).withSessionCookie(importOriginal),
);
vi.resetModules();
// ...and the next file gets fresh modules too, not ones bound to this file's mock.
afterAll(() => {
  vi.resetModules();
});

const { getActor, requireActor, requirePageActor, idleTimeoutMsFor } = await import("@/lib/auth/session");
const { beginTwoFactorSetupAction, disableTwoFactorAction } = await import("@/lib/auth/two-factor/actions");

const NEW_PASSWORD = "harbour violin maple nine";

async function signedIn(role: "ADMIN" | "CLINICIAN" | "CLIENT", practiceId?: string) {
  const practice = practiceId ? { id: practiceId } : await createPractice();
  const user =
    role === "CLIENT"
      ? await createClient(practice.id, (await createClinician(practice.id)).id)
      : role === "CLINICIAN"
        ? await createClinician(practice.id)
        : await createUser(practice.id, "ADMIN");
  const s = await signIn(user.email);
  return { user, session: s, actor: { ...actorFor(user), sessionId: s.sessionId }, practiceId: practice.id };
}

const as = (s: { sessionId: string; sessionVersion: number }) =>
  setSessionCookie({ sid: s.sessionId, sv: s.sessionVersion });

beforeEach(() => {
  setSessionCookie(null);
});

describe("sign out everywhere", () => {
  it("ends every session of the person, this one included, over the API", async () => {
    const { user, session } = await signedIn("CLIENT");
    const phone = await signIn(user.email);
    as(session);
    expect((await settle(api.GET("/api/v1/me"))).status).toBe(200);
    const res = await settle(api.POST("/api/v1/auth/sign-out-everywhere"));
    expect(res.status).toBe(200);
    expect(await resolveAuthSession(session.sessionId, session.sessionVersion)).toBeNull();
    expect(await resolveAuthSession(phone.sessionId, phone.sessionVersion)).toBeNull();
    // The next request with the same cookie is a 401.
    expect((await settle(api.GET("/api/v1/me"))).status).toBe(401);
    expect(
      await db.auditEvent.count({ where: { subjectId: user.id, action: "auth.sign_out_everywhere" } }),
    ).toBe(1);
  });

  it("works for every role and needs a session", async () => {
    for (const role of ["ADMIN", "CLINICIAN", "CLIENT"] as const) {
      const { actor, session } = await signedIn(role);
      await signOutEverywhere(actor);
      expect(await resolveAuthSession(session.sessionId, session.sessionVersion)).toBeNull();
    }
    setSessionCookie(null);
    expect((await settle(api.POST("/api/v1/auth/sign-out-everywhere"))).status).toBe(401);
  });

  it("lists the person's live devices, marking this one", async () => {
    const { user, actor, session } = await signedIn("CLIENT");
    const other = await signIn(user.email);
    await db.authSession.update({
      where: { id: other.sessionId },
      data: { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1" },
    });
    const revoked = await signIn(user.email);
    await db.authSession.update({ where: { id: revoked.sessionId }, data: { revokedAt: new Date() } });
    const sessions = await listMySessions(actor);
    expect(sessions.map((s) => s.id).sort()).toEqual([session.sessionId, other.sessionId].sort());
    expect(sessions.find((s) => s.current)?.id).toBe(session.sessionId);
    expect(sessions.find((s) => s.id === other.sessionId)?.device).toBe("Safari on iPhone or iPad");
    as(session);
    const res = await settle(api.GET("/api/v1/auth/sessions"));
    expect(res.status).toBe(200);
    expect((res.body.sessions as unknown[]).length).toBe(2);
  });
});

describe("changing the password", () => {
  it("needs the current password, keeps this session and ends the others", async () => {
    const { user, actor, session } = await signedIn("CLINICIAN");
    const laptop = await signIn(user.email);
    await expect(
      changePassword(
        actor,
        { currentPassword: "not my password", newPassword: NEW_PASSWORD },
        { ip: freshIp() },
      ),
    ).rejects.toMatchObject({
      status: 422,
      details: { field: "currentPassword" },
    });
    const result = await changePassword(
      actor,
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      { ip: freshIp() },
    );
    expect(result.otherSessionsEnded).toBe(1);
    expect(await resolveAuthSession(session.sessionId, session.sessionVersion)).not.toBeNull();
    expect(await resolveAuthSession(laptop.sessionId, laptop.sessionVersion)).toBeNull();
    expect(
      await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).toBeNull();
    expect(
      await signInWithPassword({ email: user.email, password: NEW_PASSWORD }, { ip: freshIp() }),
    ).not.toBeNull();
  });

  it("applies the password policy, refuses the same password, and throttles wrong current passwords", async () => {
    const { actor } = await signedIn("CLIENT");
    const ip = freshIp();
    await expect(
      changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "too short" }, { ip }),
    ).rejects.toMatchObject({
      details: { field: "newPassword", reason: "too_short" },
    });
    await expect(
      changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: "iloveyouiloveyou" }, { ip }),
    ).rejects.toMatchObject({
      details: { reason: "common" },
    });
    await expect(
      changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, { ip }),
    ).rejects.toMatchObject({ status: 422 });
    for (let i = 0; i < 10; i++)
      await changePassword(
        actor,
        { currentPassword: `wrong ${i}`, newPassword: NEW_PASSWORD },
        { ip: freshIp() },
      ).catch(() => undefined);
    await expect(
      changePassword(actor, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, { ip: freshIp() }),
    ).rejects.toMatchObject({ status: 429 });
  });

  it("answers over the API with the field that was wrong", async () => {
    const { session } = await signedIn("CLIENT");
    as(session);
    const res = await settle(
      api.POST("/api/v1/auth/password", { body: { currentPassword: "nope", newPassword: NEW_PASSWORD } }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error?.details).toEqual({ field: "currentPassword" });
  });
});

describe("deactivation and role changes (admins)", () => {
  it("locks a deactivated person out on their next request, and lets them back after reactivation", async () => {
    const admin = await signedIn("ADMIN");
    const clinician = await signedIn("CLINICIAN", admin.practiceId);
    as(clinician.session);
    expect((await settle(api.GET("/api/v1/me"))).status).toBe(200);

    const after = await deactivatePerson(admin.actor, clinician.user.id);
    expect(after.active).toBe(false);
    expect((await settle(api.GET("/api/v1/me"))).status).toBe(401);
    expect(await getActor()).toBeNull();
    expect(
      await signInWithPassword({ email: clinician.user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).toBeNull();

    expect((await reactivatePerson(admin.actor, clinician.user.id)).active).toBe(true);
    // Old sessions stay ended; a new sign-in works.
    expect(
      await resolveAuthSession(clinician.session.sessionId, clinician.session.sessionVersion),
    ).toBeNull();
    expect(
      await signInWithPassword({ email: clinician.user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).not.toBeNull();
  });

  it("also locks out someone deactivated directly in the database (no session cleanup needed)", async () => {
    const { user, session } = await signedIn("CLIENT");
    as(session);
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await expect(requireActor()).rejects.toMatchObject({ status: 401 });
  });

  it("bumps the session version on a role change, so the old role's sessions end", async () => {
    const admin = await signedIn("ADMIN");
    const clinician = await signedIn("CLINICIAN", admin.practiceId);
    const before = await db.user.findUniqueOrThrow({ where: { id: clinician.user.id } });
    const changed = await changeRole(admin.actor, clinician.user.id, { role: "ADMIN" });
    expect(changed.role).toBe("ADMIN");
    const after = await db.user.findUniqueOrThrow({ where: { id: clinician.user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(
      await resolveAuthSession(clinician.session.sessionId, clinician.session.sessionVersion),
    ).toBeNull();
    const event = await db.auditEvent.findFirst({
      where: { subjectId: clinician.user.id, action: "people.role_changed" },
    });
    expect(event?.metadata).toEqual({ from: "CLINICIAN", to: "ADMIN" });
    // Signing in again carries the new role.
    const fresh = await signIn(clinician.user.email);
    expect(await resolveAuthSession(fresh.sessionId, fresh.sessionVersion)).toMatchObject({ role: "ADMIN" });
  });

  it("refuses other practices (404), non-admins (403), their own account and turning a client into staff", async () => {
    const admin = await signedIn("ADMIN");
    const client = await signedIn("CLIENT", admin.practiceId);
    const clinician = await signedIn("CLINICIAN", admin.practiceId);
    const elsewhere = await signedIn("CLINICIAN");

    await expect(deactivatePerson(admin.actor, elsewhere.user.id)).rejects.toMatchObject({ status: 404 });
    await expect(changeRole(admin.actor, elsewhere.user.id, { role: "ADMIN" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(signOutPersonEverywhere(admin.actor, elsewhere.user.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(deactivatePerson(clinician.actor, client.user.id)).rejects.toMatchObject({ status: 403 });
    await expect(deactivatePerson(admin.actor, admin.user.id)).rejects.toMatchObject({ status: 403 });
    await expect(changeRole(admin.actor, admin.user.id, { role: "CLINICIAN" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(changeRole(admin.actor, client.user.id, { role: "CLINICIAN" })).rejects.toMatchObject({
      status: 422,
    });
    // Nothing changed for the other practice's clinician.
    expect(
      await resolveAuthSession(elsewhere.session.sessionId, elsewhere.session.sessionVersion),
    ).not.toBeNull();

    // Over HTTP, with the same answers and no data in the body.
    as(admin.session);
    const foreign = await settle(
      api.POST("/api/v1/people/{id}/deactivate", { params: { path: { id: elsewhere.user.id } } }),
    );
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain(elsewhere.user.email);
    as(clinician.session);
    expect(
      (
        await settle(
          api.PATCH("/api/v1/people/{id}/role", {
            params: { path: { id: client.user.id } },
            body: { role: "ADMIN" },
          }),
        )
      ).status,
    ).toBe(403);
    as(admin.session);
    // A role the API does not offer: a raw request, which the typed client would not build.
    const bad = await sendRaw("PATCH", `/api/v1/people/${clinician.user.id}/role`, { role: "CLIENT" });
    expect(bad.status).toBe(400);
  });

  it("lets an admin sign someone out everywhere and see two-step status for everyone", async () => {
    const admin = await signedIn("ADMIN");
    const clinician = await signedIn("CLINICIAN", admin.practiceId);
    await signOutPersonEverywhere(admin.actor, clinician.user.id);
    expect(
      await resolveAuthSession(clinician.session.sessionId, clinician.session.sessionVersion),
    ).toBeNull();
    const people = await listPeopleSecurity(admin.actor);
    expect(people.map((p) => p.id)).toEqual(expect.arrayContaining([admin.user.id, clinician.user.id]));
    expect(people.every((p) => p.twoFactorEnabled === false)).toBe(true);
  });
});

describe("idle and absolute expiry", () => {
  it("signs staff out after STAFF_IDLE_MINUTES idle, clients only after their longer limit", async () => {
    const staffIdle = sessionLimits("ADMIN").idleMs;
    expect(staffIdle).toBe(30 * 60_000);
    expect(sessionLimits("CLINICIAN").idleMs).toBe(staffIdle);
    expect(sessionLimits("CLIENT").idleMs).toBeGreaterThan(staffIdle);
    expect(idleTimeoutMsFor({ role: "CLINICIAN" })).toBe(staffIdle);
    expect(idleTimeoutMsFor({ role: "CLIENT" })).toBeNull();

    const admin = await signedIn("ADMIN");
    await db.authSession.update({
      where: { id: admin.session.sessionId },
      data: { lastSeenAt: new Date(Date.now() - staffIdle + 60_000) },
    });
    expect(await resolveAuthSession(admin.session.sessionId, admin.session.sessionVersion)).not.toBeNull();
    // That request counted as activity: lastSeenAt moved to now.
    const touched = await db.authSession.findUniqueOrThrow({ where: { id: admin.session.sessionId } });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(5_000);
    await db.authSession.update({
      where: { id: admin.session.sessionId },
      data: { lastSeenAt: new Date(Date.now() - staffIdle - 1_000) },
    });
    expect(await resolveAuthSession(admin.session.sessionId, admin.session.sessionVersion)).toBeNull();
  });

  it("gives every session an absolute lifetime: staff 12 hours, clients 30 days, however active", async () => {
    const clinician = await signedIn("CLINICIAN");
    const client = await signedIn("CLIENT");
    const staffRow = await db.authSession.findUniqueOrThrow({ where: { id: clinician.session.sessionId } });
    const clientRow = await db.authSession.findUniqueOrThrow({ where: { id: client.session.sessionId } });
    expect(
      Math.abs(staffRow.expiresAt.getTime() - staffRow.createdAt.getTime() - 12 * 3_600_000),
    ).toBeLessThan(5_000);
    expect(
      Math.abs(clientRow.expiresAt.getTime() - clientRow.createdAt.getTime() - 30 * 24 * 3_600_000),
    ).toBeLessThan(5_000);

    await db.authSession.update({
      where: { id: clinician.session.sessionId },
      data: { expiresAt: new Date(Date.now() - 1), lastSeenAt: new Date() },
    });
    expect(
      await resolveAuthSession(clinician.session.sessionId, clinician.session.sessionVersion),
    ).toBeNull();
  });

  it("sends a page visitor whose session ended to sign in with an explanation", async () => {
    const { user, session } = await signedIn("CLINICIAN");
    as(session);
    await expect(requirePageActor(["CLINICIAN"])).resolves.toMatchObject({ userId: user.id });
    await db.authSession.update({
      where: { id: session.sessionId },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    await expect(requirePageActor(["CLINICIAN"])).rejects.toMatchObject({
      digest: expect.stringContaining("/sign-in?error=SessionEnded"),
    });
    setSessionCookie(null);
    await expect(requirePageActor(["CLINICIAN"])).rejects.toMatchObject({
      digest: expect.stringMatching(/;\/sign-in;/),
    });
  });
});

describe("required two-step setup gate", () => {
  it("sends staff without two-step to the setup page and refuses their API calls, but lets setup through", async () => {
    const practice = await createPractice({ requireTwoFactor: true });
    const { user, session } = await signedIn("CLINICIAN", practice.id);
    as(session);
    await expect(requirePageActor(["CLINICIAN"])).rejects.toMatchObject({
      digest: expect.stringContaining("/two-factor/setup"),
    });
    await expect(requireActor()).rejects.toMatchObject({ status: 403 });
    await expect(requireActor({ allowTwoFactorSetup: true })).resolves.toMatchObject({ userId: user.id });
    expect((await settle(api.GET("/api/v1/me"))).status).toBe(403);
    // Setting up is the one step open to them; switching two-step off is not.
    expect(await beginTwoFactorSetupAction()).toMatchObject({ ok: true, secret: expect.any(String) });
    expect(await disableTwoFactorAction("123456")).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("leaves clients of such a practice alone", async () => {
    const practice = await createPractice({ requireTwoFactor: true });
    const { user, session } = await signedIn("CLIENT", practice.id);
    as(session);
    await expect(requirePageActor(["CLIENT"])).resolves.toMatchObject({ userId: user.id });
  });
});

describe("account API access", () => {
  it("opens two-step endpoints to staff only, and never answers the QR markup or stored secret", async () => {
    const clinician = await signedIn("CLINICIAN");
    as(clinician.session);
    const status = await settle(api.GET("/api/v1/auth/two-factor"));
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ enabled: false, recoveryCodesLeft: 0, requiredByPractice: false });
    // The setup step is a server action (its one entry path): the new secret, its URI and QR code,
    // never the stored (encrypted) secret.
    const setup = await beginTwoFactorSetupAction();
    expect(setup.ok).toBe(true);
    expect(Object.keys(setup).sort()).toEqual(["ok", "qrSvg", "secret", "uri"]);

    const client = await signedIn("CLIENT");
    as(client.session);
    expect((await settle(api.GET("/api/v1/auth/two-factor"))).status).toBe(403);
    expect(await beginTwoFactorSetupAction()).toMatchObject({ ok: false, code: "forbidden" });
    setSessionCookie(null);
    expect((await settle(api.GET("/api/v1/auth/two-factor"))).status).toBe(401);
    expect(await beginTwoFactorSetupAction()).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("lets only admins read and change the practice's two-step requirement", async () => {
    const admin = await signedIn("ADMIN");
    const clinician = await signedIn("CLINICIAN", admin.practiceId);
    as(clinician.session);
    expect(
      (await settle(api.PATCH("/api/v1/practice/security", { body: { requireTwoFactor: true } }))).status,
    ).toBe(403);
    as(admin.session);
    expect((await settle(api.GET("/api/v1/practice/security"))).body).toEqual({ requireTwoFactor: false });
    const changed = await settle(
      api.PATCH("/api/v1/practice/security", { body: { requireTwoFactor: true } }),
    );
    expect(changed.body).toEqual({ requireTwoFactor: true });
    // The admin has no two-step yet, so from now on they too are sent to set it up.
    await expect(requireActor()).rejects.toMatchObject({ status: 403 });
  });
});
