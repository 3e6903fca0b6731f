import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { conflict, forbidden, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { recordAuthEvent, type AuthEventMeta } from "@/lib/auth/audit";
import { assertSignInAllowed, recordFailedSignIn } from "@/lib/auth/sign-in/rate-limit";
import { revokeOtherSessions } from "@/lib/auth/sessions/store";
import {
  newRecoveryCodes,
  newTotpSecret,
  normaliseTotpCode,
  openTotpSecret,
  recoveryCodeHash,
  sealTotpSecret,
  totpUri,
  verifyTotp,
} from "./totp";

// Optional two-step verification for clinicians and admins (required for all of them when the
// practice says so). Setting up is two steps: a secret is created and shown (QR code and text),
// then it is switched on only once a code from the person's app proves they saved it.

export type TwoFactorStatus = {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  requiredByPractice: boolean;
};

export type TwoFactorSetup = { secret: string; uri: string; qrSvg: string };

async function loadUser(actor: Actor) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: {
      id: true,
      email: true,
      twoFactorSecret: true,
      twoFactorEnabledAt: true,
      practice: { select: { requireTwoFactor: true } },
    },
  });
  // The actor came from a live session, so the row exists; a vanished row is refused.
  if (!user) throw forbidden();
  return user;
}

export async function getTwoFactorStatus(actor: Actor): Promise<TwoFactorStatus> {
  assertCan(actor, "manage:two-factor:own");
  const user = await loadUser(actor);
  const recoveryCodesLeft = user.twoFactorEnabledAt
    ? await db.recoveryCode.count({ where: { userId: actor.userId, usedAt: null } })
    : 0;
  return {
    enabled: user.twoFactorEnabledAt !== null,
    enabledAt: user.twoFactorEnabledAt,
    recoveryCodesLeft,
    requiredByPractice: user.practice.requireTwoFactor,
  };
}

/** Step one: a fresh secret, kept (encrypted) but not yet switched on. Starting again replaces it. */
export async function beginTwoFactorSetup(actor: Actor): Promise<TwoFactorSetup> {
  assertCan(actor, "manage:two-factor:own");
  const user = await loadUser(actor);
  if (user.twoFactorEnabledAt) throw conflict("Two-step verification is already on.");
  const secret = newTotpSecret();
  await db.user.update({ where: { id: actor.userId }, data: { twoFactorSecret: sealTotpSecret(secret) } });
  const uri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

async function replaceRecoveryCodes(userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({
      data: codes.map((code) => ({ userId, codeHash: recoveryCodeHash(code)! })),
    }),
  ]);
  return codes;
}

/**
 * Step two: the code from the app switches it on. Returns the recovery codes, shown once. Other
 * signed-in devices are signed out: from now on a password alone does not get in.
 */
export async function confirmTwoFactorSetup(
  actor: Actor,
  code: string,
  meta: AuthEventMeta = {},
): Promise<{ recoveryCodes: string[] }> {
  assertCan(actor, "manage:two-factor:own");
  const user = await loadUser(actor);
  if (user.twoFactorEnabledAt) throw conflict("Two-step verification is already on.");
  if (!user.twoFactorSecret) throw conflict("Start the setup again: there is no pending secret.");
  const secret = openTotpSecret(user.twoFactorSecret);
  if (!(await verifyTotp(actor.userId, secret, code))) {
    throw unprocessable(
      "That code did not match. Check the time on your phone and enter the newest code from your app.",
      {
        field: "code",
      },
    );
  }
  const { count } = await db.user.updateMany({
    where: { id: actor.userId, twoFactorEnabledAt: null, twoFactorSecret: user.twoFactorSecret },
    data: { twoFactorEnabledAt: new Date() },
  });
  if (count !== 1) throw conflict("The setup changed in another window. Please start again.");
  const recoveryCodes = await replaceRecoveryCodes(actor.userId);
  await revokeOtherSessions(actor.userId, actor.sessionId);
  await recordAuthEvent({
    action: "auth.two_factor_enabled",
    practiceId: actor.practiceId,
    actorId: actor.userId,
    actorRole: actor.role,
    subjectId: actor.userId,
    meta,
  });
  return { recoveryCodes };
}

export type SecondFactor = "totp" | "recovery_code";

/**
 * Checks a code from the authenticator app or an unused recovery code (which is then used up).
 * Used at sign-in and before changing two-step settings.
 */
export async function verifySecondFactor(
  user: { id: string; twoFactorSecret: string | null },
  code: string,
): Promise<SecondFactor | null> {
  if (!user.twoFactorSecret) return null;
  if (normaliseTotpCode(code)) {
    return (await verifyTotp(user.id, openTotpSecret(user.twoFactorSecret), code)) ? "totp" : null;
  }
  const codeHash = recoveryCodeHash(code);
  if (!codeHash) return null;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash, usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1 ? "recovery_code" : null;
}

/** Re-checks a second factor for someone already signed in; wrong codes count as failed sign-ins. */
async function assertSecondFactor(actor: Actor, code: string, meta: AuthEventMeta) {
  const subject = { email: actor.email, ip: meta.ip ?? "unknown" };
  await assertSignInAllowed(subject);
  const user = await loadUser(actor);
  if (!user.twoFactorEnabledAt) throw conflict("Two-step verification is not on.");
  const used = await verifySecondFactor(user, code);
  if (!used) {
    await recordFailedSignIn(subject);
    throw unprocessable(
      "That code did not match. Enter the newest code from your app, or one of your recovery codes.",
      { field: "code" },
    );
  }
  if (used === "recovery_code") {
    await recordAuthEvent({
      action: "auth.recovery_code_used",
      practiceId: actor.practiceId,
      actorId: actor.userId,
      actorRole: actor.role,
      subjectId: actor.userId,
      meta,
    });
  }
  return user;
}

export async function disableTwoFactor(actor: Actor, code: string, meta: AuthEventMeta = {}): Promise<void> {
  assertCan(actor, "manage:two-factor:own");
  const current = await loadUser(actor);
  if (current.practice.requireTwoFactor)
    throw forbidden("Your practice requires two-step verification, so it cannot be turned off.");
  await assertSecondFactor(actor, code, meta);
  await db.$transaction([
    db.user.update({
      where: { id: actor.userId },
      data: { twoFactorSecret: null, twoFactorEnabledAt: null },
    }),
    db.recoveryCode.deleteMany({ where: { userId: actor.userId } }),
  ]);
  await recordAuthEvent({
    action: "auth.two_factor_disabled",
    practiceId: actor.practiceId,
    actorId: actor.userId,
    actorRole: actor.role,
    subjectId: actor.userId,
    meta,
  });
}

export async function regenerateRecoveryCodes(
  actor: Actor,
  code: string,
  meta: AuthEventMeta = {},
): Promise<{ recoveryCodes: string[] }> {
  assertCan(actor, "manage:two-factor:own");
  await assertSecondFactor(actor, code, meta);
  const recoveryCodes = await replaceRecoveryCodes(actor.userId);
  await recordAuthEvent({
    action: "auth.recovery_codes_regenerated",
    practiceId: actor.practiceId,
    actorId: actor.userId,
    actorRole: actor.role,
    subjectId: actor.userId,
    meta,
  });
  return { recoveryCodes };
}
