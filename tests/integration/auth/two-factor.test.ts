import { describe, expect, it } from "vitest";
import { CONNECTION_ADDRESS_HEADER } from "@/lib/http/request-meta";
import { SecondFactorNeeded, signInWithPassword } from "@/lib/auth/sign-in/credentials";
import { decryptSecret, encryptSecret } from "@/lib/auth/crypto";
import { authOptions } from "@/lib/auth/options";
import { resolveAuthSession, resolveSession } from "@/lib/auth/sessions/store";
import { currentTotpCode } from "@/lib/auth/two-factor/totp";
import {
  beginTwoFactorSetup,
  confirmTwoFactorSetup,
  disableTwoFactor,
  getTwoFactorStatus,
  regenerateRecoveryCodes,
} from "@/lib/auth/two-factor/service";
import { setRequireTwoFactor } from "@/lib/auth/account/practice-security";
import { db } from "@/lib/db";
import {
  actorFor,
  createClient,
  createClinician,
  createPractice,
  createUser,
  TEST_PASSWORD,
} from "../../support/factories";
import { freshIp, signIn } from "./support";

const PERIOD_MS = 30_000;

async function staffWithTwoFactor(role: "CLINICIAN" | "ADMIN" = "CLINICIAN") {
  const practice = await createPractice();
  const user =
    role === "CLINICIAN" ? await createClinician(practice.id) : await createUser(practice.id, "ADMIN");
  const signedIn = await signIn(user.email);
  const actor = { ...actorFor(user), sessionId: signedIn.sessionId };
  const setup = await beginTwoFactorSetup(actor);
  // A code from the previous time step (allowed drift), so the sign-ins below can use the current one.
  const { recoveryCodes } = await confirmTwoFactorSetup(
    actor,
    currentTotpCode(setup.secret, Date.now() - PERIOD_MS),
  );
  return { practice, user, actor, secret: setup.secret, recoveryCodes, signedIn };
}

const attempt = (email: string, code?: string) =>
  signInWithPassword(
    { email, password: TEST_PASSWORD, ...(code ? { code } : {}) },
    { ip: freshIp(), userAgent: "vitest" },
  );

describe("setting up two-step verification", () => {
  it("shows a secret and otpauth URI, keeps the secret encrypted, and switches on only after a valid code", async () => {
    const practice = await createPractice();
    const user = await createClinician(practice.id);
    const actor = actorFor(user);
    const setup = await beginTwoFactorSetup(actor);
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Mend:.+\?.*secret=/);
    expect(setup.qrSvg).toContain("<svg");

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.twoFactorSecret).not.toContain(setup.secret);
    expect(stored.twoFactorSecret?.startsWith("v1.")).toBe(true);
    expect(stored.twoFactorEnabledAt).toBeNull();
    expect((await getTwoFactorStatus(actor)).enabled).toBe(false);

    await expect(confirmTwoFactorSetup(actor, "000000")).rejects.toMatchObject({ status: 422 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabledAt).toBeNull();

    const { recoveryCodes } = await confirmTwoFactorSetup(actor, currentTotpCode(setup.secret));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const status = await getTwoFactorStatus(actor);
    expect(status).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    // Recovery codes are kept only as keyed hashes.
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(recoveryCodes.map((c) => c.replace("-", ""))).not.toContain(row.codeHash);
    for (const row of rows) expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);

    await expect(beginTwoFactorSetup(actor)).rejects.toMatchObject({ status: 409 });
  });

  it("is for staff only: clients are refused", async () => {
    const practice = await createPractice();
    const clinician = await createClinician(practice.id);
    const client = await createClient(practice.id, clinician.id);
    await expect(beginTwoFactorSetup(actorFor(client))).rejects.toMatchObject({ status: 403 });
    await expect(getTwoFactorStatus(actorFor(client))).rejects.toMatchObject({ status: 403 });
  });

  it("signs out the person's other devices when it is switched on, but not this one", async () => {
    const practice = await createPractice();
    const user = await createClinician(practice.id);
    const here = await signIn(user.email);
    const elsewhere = await signIn(user.email);
    const actor = { ...actorFor(user), sessionId: here.sessionId };
    const setup = await beginTwoFactorSetup(actor);
    await confirmTwoFactorSetup(actor, currentTotpCode(setup.secret));
    expect(await resolveAuthSession(here.sessionId, here.sessionVersion)).not.toBeNull();
    expect(await resolveAuthSession(elsewhere.sessionId, elsewhere.sessionVersion)).toBeNull();
  });

  it("encrypts with AES-GCM: tampering or another purpose is refused", () => {
    const sealed = encryptSecret("JBSWY3DPEHPK3PXP");
    expect(decryptSecret(sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(encryptSecret("JBSWY3DPEHPK3PXP")).not.toBe(sealed); // fresh IV each time
    const [v, iv, body, tag] = sealed.split(".");
    // Change one character of the ciphertext (to another one: compare with the character itself,
    // or about one run in 64 would "flip" an "A" to "A" and tamper with nothing).
    const flipped = `${body!.slice(0, -2)}${body!.at(-2) === "A" ? "B" : "A"}${body!.slice(-1)}`;
    expect(() => decryptSecret([v, iv, flipped, tag].join("."))).toThrow();
    expect(() => decryptSecret(sealed, "another-purpose")).toThrow();
  });
});

describe("signing in with two-step verification", () => {
  it("asks for the code only after the right password, then accepts a current code", async () => {
    const { user, secret } = await staffWithTwoFactor();
    // Wrong password: a plain refusal, no hint that the account has two-step.
    expect(
      await signInWithPassword({ email: user.email, password: "not the password at all" }, { ip: freshIp() }),
    ).toBeNull();
    await expect(attempt(user.email)).rejects.toBeInstanceOf(SecondFactorNeeded);
    await expect(attempt(user.email)).rejects.toThrow("TwoFactorRequired");
    await expect(attempt(user.email, "123456")).rejects.toThrow("TwoFactorInvalid");
    const signedIn = await attempt(user.email, currentTotpCode(secret));
    expect(signedIn?.userId).toBe(user.id);
  });

  it("refuses a code that was already used (replay), even inside its 30 seconds", async () => {
    const { user, secret } = await staffWithTwoFactor();
    const code = currentTotpCode(secret);
    expect(await attempt(user.email, code)).not.toBeNull();
    await expect(attempt(user.email, code)).rejects.toThrow("TwoFactorInvalid");
  });

  it("accepts each recovery code once, in any case or spacing", async () => {
    const { user, recoveryCodes } = await staffWithTwoFactor();
    const [first, second] = recoveryCodes;
    expect(await attempt(user.email, first!.toUpperCase().replace("-", " "))).not.toBeNull();
    await expect(attempt(user.email, first!)).rejects.toThrow("TwoFactorInvalid");
    expect(await attempt(user.email, second!)).not.toBeNull();
    const used = await db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } });
    expect(used).toBe(2);
    const audit = await db.auditEvent.count({
      where: { subjectId: user.id, action: "auth.recovery_code_used" },
    });
    expect(audit).toBe(2);
  });

  it("counts wrong codes as failed sign-ins, so guessing is throttled", async () => {
    const { user, secret } = await staffWithTwoFactor();
    for (let i = 0; i < 10; i++)
      await expect(attempt(user.email, String(100000 + i))).rejects.toThrow("TwoFactorInvalid");
    await expect(attempt(user.email, currentTotpCode(secret))).rejects.toMatchObject({
      code: "rate_limited",
      status: 429,
    });
  });

  it("passes the second step through next-auth as the sign-in form's error codes", async () => {
    const { user, secret } = await staffWithTwoFactor();
    type Provider = {
      options: { id: string; authorize: (credentials: unknown, req: unknown) => Promise<unknown> };
    };
    const provider = (authOptions.providers as unknown as Provider[]).find(
      (p) => p.options.id === "credentials",
    )!;
    const req = () => ({ headers: { [CONNECTION_ADDRESS_HEADER]: freshIp() } });
    await expect(
      provider.options.authorize({ email: user.email, password: TEST_PASSWORD }, req()),
    ).rejects.toThrow("TwoFactorRequired");
    await expect(
      provider.options.authorize({ email: user.email, password: TEST_PASSWORD, code: "000000" }, req()),
    ).rejects.toThrow("TwoFactorInvalid");
    await expect(
      provider.options.authorize(
        { email: user.email, password: TEST_PASSWORD, code: currentTotpCode(secret) },
        req(),
      ),
    ).resolves.toMatchObject({ id: user.id });
  });
});

describe("managing two-step verification", () => {
  it("makes new recovery codes only with a valid code; the old ones stop working", async () => {
    const { user, actor, secret, recoveryCodes } = await staffWithTwoFactor();
    await expect(regenerateRecoveryCodes(actor, "000000", { ip: freshIp() })).rejects.toMatchObject({
      status: 422,
    });
    const fresh = await regenerateRecoveryCodes(actor, currentTotpCode(secret), { ip: freshIp() });
    expect(fresh.recoveryCodes).toHaveLength(10);
    await expect(attempt(user.email, recoveryCodes[0]!)).rejects.toThrow("TwoFactorInvalid");
    expect(await attempt(user.email, fresh.recoveryCodes[0]!)).not.toBeNull();
  });

  it("turns off with a recovery code; then the password alone signs in again", async () => {
    const { user, actor, recoveryCodes } = await staffWithTwoFactor("ADMIN");
    await expect(disableTwoFactor(actor, "nope", { ip: freshIp() })).rejects.toMatchObject({ status: 422 });
    await disableTwoFactor(actor, recoveryCodes[3]!, { ip: freshIp() });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.twoFactorSecret).toBeNull();
    expect(stored.twoFactorEnabledAt).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await attempt(user.email)).not.toBeNull();
  });

  it("cannot be turned off while the practice requires it", async () => {
    const { practice, actor, secret } = await staffWithTwoFactor();
    await db.practice.update({ where: { id: practice.id }, data: { requireTwoFactor: true } });
    await expect(disableTwoFactor(actor, currentTotpCode(secret), { ip: freshIp() })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("a practice that requires two-step verification", () => {
  it("lets an admin switch the requirement on, recorded in the audit trail; clinicians cannot", async () => {
    const practice = await createPractice();
    const admin = await createUser(practice.id, "ADMIN");
    const clinician = await createClinician(practice.id);
    await expect(setRequireTwoFactor(actorFor(clinician), { requireTwoFactor: true })).rejects.toMatchObject({
      status: 403,
    });
    expect(await setRequireTwoFactor(actorFor(admin), { requireTwoFactor: true })).toEqual({
      requireTwoFactor: true,
    });
    const event = await db.auditEvent.findFirst({
      where: { practiceId: practice.id, action: "practice.require_two_factor_changed" },
    });
    expect(event?.actorId).toBe(admin.id);
  });

  it("marks staff without it as needing setup; clients and staff who have it are unaffected", async () => {
    const practice = await createPractice({ requireTwoFactor: true });
    const clinician = await createClinician(practice.id);
    const client = await createClient(practice.id, clinician.id);
    const staffSession = await signIn(clinician.email);
    const clientSession = await signIn(client.email);
    expect(await resolveSession(staffSession.sessionId, staffSession.sessionVersion)).toMatchObject({
      twoFactorSetupRequired: true,
    });
    expect(await resolveSession(clientSession.sessionId, clientSession.sessionVersion)).toMatchObject({
      twoFactorSetupRequired: false,
    });

    const actor = { ...actorFor(clinician), sessionId: staffSession.sessionId };
    const setup = await beginTwoFactorSetup(actor);
    await confirmTwoFactorSetup(actor, currentTotpCode(setup.secret));
    expect(await resolveSession(staffSession.sessionId, staffSession.sessionVersion)).toMatchObject({
      twoFactorSetupRequired: false,
    });
  });
});
