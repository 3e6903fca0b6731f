import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in/credentials";
import { hashToken } from "@/lib/auth/crypto";
import {
  requestPasswordReset,
  resetLinkAccount,
  resetPassword,
  RESET_REQUESTED_MESSAGE,
} from "@/lib/auth/password/reset";
import { resolveAuthSession } from "@/lib/auth/sessions/store";
import { db } from "@/lib/db";
import { createPractice, createUser, TEST_PASSWORD, unique } from "../../support/factories";
import { api, sendRaw, emailsTo, freshIp, signIn, tokenFromLatestEmail } from "./support";
import { preloadRoutes, settle } from "../../support/api-client";
import { setSessionCookie } from "../../support/session-cookie";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";

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
// Loaded now, with this file's mock, so the timed calls below do not pay for the import.
await preloadRoutes("/api/v1/auth/password-reset/request", "/api/v1/auth/password-reset");

const NEW_PASSWORD = "lantern orchard quietly 42";
const fast = { minDurationMs: 0 };

async function userWithResetLink(role: "CLIENT" | "CLINICIAN" = "CLIENT") {
  const practice = await createPractice();
  const user = await createUser(practice.id, role);
  await requestPasswordReset({ email: user.email }, { ip: freshIp() }, fast);
  const token = await tokenFromLatestEmail(user.email, "/reset-password");
  return { user, token };
}

beforeEach(() => {
  setSessionCookie(null);
});

describe("asking for a reset link", () => {
  it("emails a single link whose token is stored only as a hash, valid for 30 minutes", async () => {
    const { user, token } = await userWithResetLink();
    const [email] = await emailsTo(user.email);
    expect(email?.subject).toBe("Reset your Mend password");
    expect(email?.text).toContain(`http://localhost:3000/reset-password?token=${token}`);
    const rows = await db.authToken.findMany({ where: { userId: user.id, purpose: "PASSWORD_RESET" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    const ttl = rows[0]!.expiresAt.getTime() - rows[0]!.createdAt.getTime();
    expect(Math.abs(ttl - 30 * 60_000)).toBeLessThan(5_000);
    expect(await resetLinkAccount(token)).toEqual({ email: user.email });
  });

  it("answers identically, in about the same time, for an account, an unknown email and a deactivated account", async () => {
    const practice = await createPractice();
    const active = await createUser(practice.id, "CLIENT");
    const gone = await createUser(practice.id, "CLINICIAN");
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const unknown = `${unique()}@nobody.test`;

    const answers = [];
    for (const email of [active.email, unknown, gone.email]) {
      const started = performance.now();
      const res = await settle(api.POST("/api/v1/auth/password-reset/request", { body: { email } }));
      answers.push({ status: res.status, body: res.body, ms: performance.now() - started });
    }
    for (const answer of answers) {
      expect(answer.status).toBe(202);
      expect(answer.body).toEqual({ message: RESET_REQUESTED_MESSAGE });
      // Every answer waits for the same floor, so "no such account" is not quicker.
      expect(answer.ms).toBeGreaterThanOrEqual(590);
    }
    expect(Math.max(...answers.map((a) => a.ms)) - Math.min(...answers.map((a) => a.ms))).toBeLessThan(400);
    // Only the active account got an email.
    expect(await emailsTo(active.email)).toHaveLength(1);
    expect(await emailsTo(unknown)).toHaveLength(0);
    expect(await emailsTo(gone.email)).toHaveLength(0);
  });

  it("keeps only the newest link working", async () => {
    const { user, token: first } = await userWithResetLink();
    await requestPasswordReset({ email: user.email }, { ip: freshIp() }, fast);
    const second = await tokenFromLatestEmail(user.email, "/reset-password");
    expect(second).not.toBe(first);
    await expect(resetPassword({ token: first, password: NEW_PASSWORD })).rejects.toMatchObject({
      status: 422,
    });
    await expect(resetPassword({ token: second, password: NEW_PASSWORD })).resolves.toMatchObject({
      message: expect.any(String),
    });
  });

  it("stops emailing one address after 5 requests an hour, without changing the answer", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    for (let i = 0; i < 7; i++) {
      expect(await requestPasswordReset({ email: user.email }, { ip: freshIp() }, fast)).toEqual({
        message: RESET_REQUESTED_MESSAGE,
      });
    }
    expect(await emailsTo(user.email)).toHaveLength(5);
  });

  it("answers 429 with Retry-After when one address asks too often", async () => {
    const ip = freshIp();
    const send = () =>
      settle(
        api.POST("/api/v1/auth/password-reset/request", {
          body: { email: `${unique()}@nobody.test` },
          headers: { [CONNECTION_ADDRESS_HEADER]: ip },
        }),
      );
    // The first 20 through the service (skipping the answer-time floor), the 21st over HTTP.
    for (let i = 0; i < 19; i++)
      await requestPasswordReset({ email: `${unique()}@nobody.test` }, { ip }, fast);
    expect((await send()).status).toBe(202);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.body.error?.code).toBe("rate_limited");
  });

  it("refuses a request without our Origin, and a malformed email", async () => {
    const noOrigin = await settle(
      api.POST("/api/v1/auth/password-reset/request", {
        body: { email: "a@b.test" },
        headers: { origin: null },
      }),
    );
    expect(noOrigin.status).toBe(403);
    const foreign = await settle(
      api.POST("/api/v1/auth/password-reset/request", {
        body: { email: "a@b.test" },
        headers: { origin: "https://evil.test" },
      }),
    );
    expect(foreign.status).toBe(403);
    // An object where the email belongs: a raw request, which the typed client would not build.
    const bad = await sendRaw("POST", "/api/v1/auth/password-reset/request", { email: { not: "" } });
    expect(bad.status).toBe(400);
  });
});

describe("setting the new password", () => {
  it("changes the password, revokes every session and bumps the session version", async () => {
    const { user, token } = await userWithResetLink();
    const before = await signIn(user.email);
    const other = await signIn(user.email);
    const res = await settle(
      api.POST("/api/v1/auth/password-reset", { body: { token, password: NEW_PASSWORD } }),
    );
    expect(res.status).toBe(200);

    expect(await resolveAuthSession(before.sessionId, before.sessionVersion)).toBeNull();
    expect(await resolveAuthSession(other.sessionId, other.sessionVersion)).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const open = await db.authSession.count({ where: { userId: user.id, revokedAt: null } });
    expect(open).toBe(0);

    expect(
      await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).toBeNull();
    const fresh = await signIn(user.email, NEW_PASSWORD);
    expect(await resolveAuthSession(fresh.sessionId, fresh.sessionVersion)).toMatchObject({
      userId: user.id,
    });
    // The owner is told, without any detail beyond the fact.
    const [notice] = await emailsTo(user.email);
    expect(notice?.subject).toBe("Your Mend password was changed");
  });

  it("works once: the same link a second time is refused and changes nothing", async () => {
    const { user, token } = await userWithResetLink();
    await resetPassword({ token, password: NEW_PASSWORD });
    const again = await settle(
      api.POST("/api/v1/auth/password-reset", { body: { token, password: "another fine passphrase" } }),
    );
    expect(again.status).toBe(422);
    expect(again.body.error?.details).toEqual({ reason: "invalid_token" });
    expect(
      await signInWithPassword({ email: user.email, password: "another fine passphrase" }, { ip: freshIp() }),
    ).toBeNull();
    expect(await resetLinkAccount(token)).toBeNull();
  });

  it("refuses a link past its 30 minutes", async () => {
    const { user, token } = await userWithResetLink();
    await db.authToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    await expect(resetPassword({ token, password: NEW_PASSWORD })).rejects.toMatchObject({
      status: 422,
      details: { reason: "invalid_token" },
    });
    expect(await resetLinkAccount(token)).toBeNull();
  });

  it("refuses an unknown or malformed token, and a deactivated account's link", async () => {
    await expect(resetPassword({ token: "x".repeat(43), password: NEW_PASSWORD })).rejects.toMatchObject({
      status: 422,
    });
    await expect(resetPassword({ token: "short", password: NEW_PASSWORD })).rejects.toMatchObject({
      status: 422,
    });
    const { user, token } = await userWithResetLink();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await expect(resetPassword({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ status: 422 });
  });

  it("applies the password policy and leaves the link usable after a refused password", async () => {
    const { user, token } = await userWithResetLink();
    const weak = await settle(
      api.POST("/api/v1/auth/password-reset", { body: { token, password: "short" } }),
    );
    expect(weak.status).toBe(422);
    expect(weak.body.error?.details).toMatchObject({ field: "password", reason: "too_short" });
    await expect(resetPassword({ token, password: "passwordpassword" })).rejects.toMatchObject({
      details: { reason: "common" },
    });
    expect(await resetLinkAccount(token)).toEqual({ email: user.email });
    await expect(resetPassword({ token, password: NEW_PASSWORD })).resolves.toBeDefined();
  });

  it("lets exactly one of two simultaneous uses of a link through", async () => {
    const { token } = await userWithResetLink();
    const results = await Promise.allSettled([
      resetPassword({ token, password: NEW_PASSWORD }),
      resetPassword({ token, password: "a different passphrase 7" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
  });

  it("clears the account's failed sign-in count, so a locked-out person can get back in", async () => {
    const { user, token } = await userWithResetLink();
    for (let i = 0; i < 10; i++)
      await signInWithPassword({ email: user.email, password: `wrong ${i} password` }, { ip: freshIp() });
    await expect(
      signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip: freshIp() }),
    ).rejects.toMatchObject({ status: 429 });
    await resetPassword({ token, password: NEW_PASSWORD });
    expect(
      await signInWithPassword({ email: user.email, password: NEW_PASSWORD }, { ip: freshIp() }),
    ).not.toBeNull();
  });
});
