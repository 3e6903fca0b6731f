import { describe, expect, it } from "vitest";
import { signInWithPassword } from "@/lib/auth/sign-in/credentials";
import { resolveAuthSession, revokeAllSessions, revokeAuthSession } from "@/lib/auth/sessions/store";
import { db } from "@/lib/db";
import { createPractice, createUser, TEST_PASSWORD, unique } from "../../support/factories";

const context = () => ({ ip: `10.0.0.${Math.floor(Math.random() * 250)}-${unique()}`, userAgent: "vitest" });

async function signedInUser(role: "CLINICIAN" | "CLIENT" = "CLINICIAN") {
  const practice = await createPractice();
  const user = await createUser(practice.id, role);
  const signedIn = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, context());
  if (!signedIn) throw new Error("sign-in failed");
  return { user, signedIn };
}

describe("password sign-in", () => {
  it("signs in with the right password, case-insensitive email, and opens a session row", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    const signedIn = await signInWithPassword(
      { email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD },
      context(),
    );
    expect(signedIn?.userId).toBe(user.id);
    const row = await db.authSession.findUnique({ where: { id: signedIn!.sessionId } });
    expect(row?.userId).toBe(user.id);
  });

  it("answers null alike for a wrong password, an unknown email and a deactivated account", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    expect(
      await signInWithPassword({ email: user.email, password: "not the password at all" }, context()),
    ).toBeNull();
    expect(
      await signInWithPassword({ email: `${unique()}@nowhere.test`, password: TEST_PASSWORD }, context()),
    ).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, context())).toBeNull();
  });

  it("refuses malformed input without throwing", async () => {
    expect(await signInWithPassword({ email: { not: "" }, password: TEST_PASSWORD }, context())).toBeNull();
    expect(await signInWithPassword(null, context())).toBeNull();
  });

  it("throttles an account after 10 failures with a Retry-After, even from many addresses", async () => {
    const practice = await createPractice();
    const user = await createUser(practice.id, "CLIENT");
    for (let i = 0; i < 10; i++) {
      await signInWithPassword({ email: user.email, password: `wrong password ${i}` }, context());
    }
    const attempt = signInWithPassword({ email: user.email, password: TEST_PASSWORD }, context());
    await expect(attempt).rejects.toMatchObject({ code: "rate_limited", status: 429 });
    await expect(attempt).rejects.toSatisfy(
      (e: { retryAfterSeconds?: number }) => (e.retryAfterSeconds ?? 0) > 0,
    );
  });

  it("throttles one address spraying many accounts", async () => {
    const ip = `192.0.2.${unique()}`;
    for (let i = 0; i < 50; i++) {
      await signInWithPassword({ email: `${unique()}@spray.test`, password: "wrong password here" }, { ip });
    }
    await expect(
      signInWithPassword({ email: `${unique()}@spray.test`, password: "x" }, { ip }),
    ).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});

describe("session rows", () => {
  it("resolves a fresh session to the actor", async () => {
    const { user, signedIn } = await signedInUser();
    const actor = await resolveAuthSession(signedIn.sessionId, signedIn.sessionVersion);
    expect(actor).toMatchObject({ userId: user.id, role: "CLINICIAN", practiceId: user.practiceId });
  });

  it("refuses a revoked session", async () => {
    const { signedIn } = await signedInUser();
    await revokeAuthSession(signedIn.sessionId);
    expect(await resolveAuthSession(signedIn.sessionId, signedIn.sessionVersion)).toBeNull();
  });

  it("sign out everywhere revokes every session and every older token", async () => {
    const { user, signedIn } = await signedInUser();
    const second = await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, context());
    await revokeAllSessions(user.id);
    expect(await resolveAuthSession(signedIn.sessionId, signedIn.sessionVersion)).toBeNull();
    expect(await resolveAuthSession(second!.sessionId, second!.sessionVersion)).toBeNull();
  });

  it("refuses a token whose session version is older than the user's", async () => {
    const { user, signedIn } = await signedInUser();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveAuthSession(signedIn.sessionId, signedIn.sessionVersion)).toBeNull();
  });

  it("locks a deactivated user out on the next request", async () => {
    const { user, signedIn } = await signedInUser();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await resolveAuthSession(signedIn.sessionId, signedIn.sessionVersion)).toBeNull();
  });

  it("signs staff out after 30 idle minutes but keeps a client's session", async () => {
    const staff = await signedInUser("CLINICIAN");
    const client = await signedInUser("CLIENT");
    const idle = new Date(Date.now() - 31 * 60_000);
    await db.authSession.updateMany({
      where: { id: { in: [staff.signedIn.sessionId, client.signedIn.sessionId] } },
      data: { lastSeenAt: idle },
    });
    expect(await resolveAuthSession(staff.signedIn.sessionId, staff.signedIn.sessionVersion)).toBeNull();
    expect(
      await resolveAuthSession(client.signedIn.sessionId, client.signedIn.sessionVersion),
    ).not.toBeNull();
  });

  it("ends every session at its absolute lifetime, however active", async () => {
    const { signedIn } = await signedInUser("CLIENT");
    await db.authSession.update({
      where: { id: signedIn.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resolveAuthSession(signedIn.sessionId, signedIn.sessionVersion)).toBeNull();
  });

  it("refuses an unknown session id", async () => {
    expect(await resolveAuthSession("does-not-exist", 1)).toBeNull();
  });
});
