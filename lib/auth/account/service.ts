import "server-only";
import { db } from "@/lib/db";
import { notFound, unprocessable } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { recordAuthEvent, type AuthEventMeta } from "@/lib/auth/audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password/hash";
import { checkPassword } from "@/lib/auth/password/policy";
import { sendPasswordChangedNotice } from "@/lib/auth/password/reset";
import { assertSignInAllowed, recordFailedSignIn } from "@/lib/auth/sign-in/rate-limit";
import {
  listActiveSessions,
  revokeAllSessions,
  revokeOtherSessions,
  revokeOwnSession,
} from "@/lib/auth/sessions/store";

// What anyone signed in can do to their own account: change the password, see where they are
// signed in, and sign out everywhere.

/**
 * Changes the password after checking the current one. Other devices are signed out; this one
 * stays signed in. Wrong current passwords count as failed sign-ins (same throttle).
 */
export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  meta: AuthEventMeta = {},
): Promise<{ message: string; otherSessionsEnded: number }> {
  assertCan(actor, "manage:account:own");
  const subject = { email: actor.email, ip: meta.ip ?? "unknown" };
  await assertSignInAllowed(subject);
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailedSignIn(subject);
    throw unprocessable("Your current password is not right.", { field: "currentPassword" });
  }
  const policy = checkPassword(input.newPassword, { email: actor.email, name: actor.name });
  if (!policy.ok) throw unprocessable(policy.message, { field: "newPassword", reason: policy.reason });
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw unprocessable("That is your current password. Choose a new one.", { field: "newPassword" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const otherSessionsEnded = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash } });
    // Reset links sent before the change stop working too.
    await tx.authToken.updateMany({
      where: { userId: actor.userId, usedAt: null },
      data: { usedAt: new Date() },
    });
    const ended = await revokeOtherSessions(actor.userId, actor.sessionId, tx);
    await recordAuthEvent(
      {
        action: "auth.password_changed",
        practiceId: actor.practiceId,
        actorId: actor.userId,
        actorRole: actor.role,
        subjectId: actor.userId,
        meta,
      },
      tx,
    );
    return ended;
  });
  await sendPasswordChangedNotice(actor.email);
  return {
    message:
      otherSessionsEnded > 0
        ? "Password changed. Your other devices have been signed out."
        : "Password changed.",
    otherSessionsEnded,
  };
}

/** Ends every session of the actor, this one included. */
export async function signOutEverywhere(
  actor: Actor,
  meta: AuthEventMeta = {},
): Promise<{ message: string }> {
  assertCan(actor, "manage:account:own");
  await revokeAllSessions(actor.userId);
  await recordAuthEvent({
    action: "auth.sign_out_everywhere",
    practiceId: actor.practiceId,
    actorId: actor.userId,
    actorRole: actor.role,
    subjectId: actor.userId,
    meta,
  });
  return { message: "You have been signed out on every device." };
}

/**
 * Ends one of the actor's own sessions (a lost phone, a shared computer): that device is refused
 * on its very next request. Another person's session id is answered as not found.
 */
export async function signOutDevice(
  actor: Actor,
  sessionId: string,
  meta: AuthEventMeta = {},
): Promise<{ message: string; current: boolean }> {
  assertCan(actor, "manage:account:own");
  const ended = await db.$transaction(async (tx) => {
    const ok = await revokeOwnSession(actor.userId, sessionId, tx);
    if (ok) {
      await recordAuthEvent(
        {
          action: "auth.device_signed_out",
          practiceId: actor.practiceId,
          actorId: actor.userId,
          actorRole: actor.role,
          subjectId: sessionId,
          subjectType: "AuthSession",
          meta,
          metadata: { current: sessionId === actor.sessionId },
        },
        tx,
      );
    }
    return ok;
  });
  if (!ended) throw notFound("That device");
  return { message: "That device has been signed out.", current: sessionId === actor.sessionId };
}

export type SessionView = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  device: string;
  current: boolean;
};

/** "Firefox on Windows"-style label from a user agent, without keeping more of it than needed. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "A browser";
  const system = /iPhone|iPad/.test(userAgent)
    ? "iPhone or iPad"
    : /Android/.test(userAgent)
      ? "Android"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "Mac"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return system ? `${browser} on ${system}` : browser;
}

export async function listMySessions(actor: Actor): Promise<SessionView[]> {
  assertCan(actor, "manage:account:own");
  const sessions = await listActiveSessions(actor.userId, actor.sessionId, actor.role);
  return sessions.map(({ userAgent, ...s }) => ({ ...s, device: describeDevice(userAgent) }));
}
