import "server-only";
import { db } from "@/lib/db";
import { unprocessable } from "@/lib/errors";
import { logError } from "@/lib/log";
import { appUrl, sendEmail } from "@/lib/mail";
import { recordAuthEvent, type AuthEventMeta } from "@/lib/auth/audit";
import { handleLinkRequest } from "@/lib/auth/links/requests";
import { hashPassword } from "./hash";
import { checkPassword } from "./policy";
import { recordSuccessfulSignIn } from "@/lib/auth/sign-in/rate-limit";
import { revokeAllSessions } from "@/lib/auth/sessions/store";
import { issueToken, peekToken, TOKEN_TTL_MS } from "@/lib/auth/links/tokens";
import { hashToken } from "@/lib/auth/crypto";

// Password reset by email. The request answers the same way whether or not the email has an
// account; the emailed token is single use, kept only as a hash, and expires after 30 minutes;
// setting the new password signs the account out everywhere.

const MINUTES = TOKEN_TTL_MS.PASSWORD_RESET / 60_000;

export const RESET_REQUESTED_MESSAGE = `If that email belongs to a Mend account, we have sent it a link to choose a new password. The link works once, for ${MINUTES} minutes. It can take a few minutes to arrive; check your spam folder too.`;
export const RESET_DONE_MESSAGE =
  "Your password has been changed and you have been signed out everywhere. Please sign in with your new password.";
export const RESET_LINK_INVALID =
  "This reset link has expired or was already used. You can ask for a new one.";

export async function requestPasswordReset(
  input: { email: string },
  meta: AuthEventMeta = {},
  options: { minDurationMs?: number } = {},
): Promise<{ message: string }> {
  await handleLinkRequest(
    "password-reset",
    input.email,
    meta,
    (user) => !user.deactivatedAt && user.passwordHash !== null,
    async (user) => {
      const token = await issueToken(user.id, "PASSWORD_RESET");
      const link = appUrl(`/reset-password?token=${token}`);
      await sendEmail({
        to: user.email,
        subject: "Reset your Mend password",
        text: [
          "Hello,",
          "",
          "Someone asked to reset the password of the Mend account for this email address. If it was you, open this link to choose a new password:",
          "",
          link,
          "",
          `The link works once, for ${MINUTES} minutes. Choosing a new password signs you out on every device.`,
          "",
          "If it was not you, you can ignore this email: your password has not changed.",
          "",
          "Mend",
        ].join("\n"),
      });
      await recordAuthEvent({
        action: "auth.password_reset_requested",
        practiceId: user.practiceId,
        actorId: null,
        actorRole: null,
        subjectId: user.id,
        meta,
      });
    },
    options,
  );
  return { message: RESET_REQUESTED_MESSAGE };
}

/**
 * The account a reset link is for, while the link can still be used (the reset page shows the form
 * or a "link expired" note). Looking does not use the link up.
 */
export async function resetLinkAccount(token: string): Promise<{ email: string } | null> {
  const owner = await peekToken(token, "PASSWORD_RESET");
  if (!owner) return null;
  const user = await db.user.findUnique({
    where: { id: owner.userId },
    select: { email: true, deactivatedAt: true },
  });
  return user && !user.deactivatedAt ? { email: user.email } : null;
}

/**
 * Sets the new password from a reset link. The token is used up, the password replaced and every
 * session revoked in one transaction: a second use of the link, or of an old session, fails.
 */
export async function resetPassword(
  input: { token: string; password: string },
  meta: AuthEventMeta = {},
): Promise<{ message: string }> {
  const invalid = () => unprocessable(RESET_LINK_INVALID, { reason: "invalid_token" });
  const owner = await peekToken(input.token, "PASSWORD_RESET");
  if (!owner) throw invalid();
  const user = await db.user.findUnique({
    where: { id: owner.userId },
    select: { id: true, practiceId: true, role: true, email: true, name: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) throw invalid();

  const policy = checkPassword(input.password, { email: user.email, name: user.name });
  if (!policy.ok) throw unprocessable(policy.message, { field: "password", reason: policy.reason });
  const passwordHash = await hashPassword(input.password);

  const now = new Date();
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.authToken.updateMany({
      where: { id: owner.tokenId, tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return false;
    await tx.authToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeAllSessions(user.id, tx);
    await recordAuthEvent(
      {
        action: "auth.password_reset",
        practiceId: user.practiceId,
        actorId: user.id,
        actorRole: user.role,
        subjectId: user.id,
        meta,
      },
      tx,
    );
    return true;
  });
  if (!done) throw invalid();

  // A reset proves control of the mailbox: earlier failed attempts no longer hold the account back.
  await recordSuccessfulSignIn({ email: user.email, ip: meta.ip ?? "unknown" });
  await sendPasswordChangedNotice(user.email);
  return { message: RESET_DONE_MESSAGE };
}

/** Tells the owner their password changed, so a change they did not make does not go unnoticed. */
export async function sendPasswordChangedNotice(email: string): Promise<void> {
  // The change has happened; a mail failure is logged, not turned into an error for the person.
  await sendEmail({
    to: email,
    subject: "Your Mend password was changed",
    text: [
      "Hello,",
      "",
      "The password of your Mend account was just changed.",
      "",
      `If this was not you, reset your password now at ${appUrl("/forgot-password")} and tell your practice.`,
      "",
      "Mend",
    ].join("\n"),
  }).catch((error: unknown) => logError("auth.password_changed_notice_failed", error));
}
