import "server-only";
import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";
import { isStaff, mustSetUpTwoFactor, soloClinicianFlag } from "@/lib/policy/account";
import { SESSION_TOUCH_EVERY_MS } from "./idle";

// Server-side session rows behind next-auth's JWT cookie: the cookie names a row, the row decides.

export function sessionLimits(role: Role): { idleMs: number; maxMs: number } {
  const e = env();
  return isStaff(role)
    ? { idleMs: e.STAFF_IDLE_MINUTES * 60_000, maxMs: e.STAFF_SESSION_MAX_HOURS * 3_600_000 }
    : { idleMs: e.CLIENT_IDLE_MINUTES * 60_000, maxMs: e.CLIENT_SESSION_MAX_HOURS * 3_600_000 };
}

export async function openAuthSession(userId: string, role: Role, userAgent?: string): Promise<string> {
  const now = Date.now();
  const row = await db.authSession.create({
    data: {
      userId,
      expiresAt: new Date(now + sessionLimits(role).maxMs),
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

// lastSeenAt is written at most every 20 seconds per session: activity is tracked closely enough
// for the idle warning without a write on every request.
export const TOUCH_EVERY_MS = SESSION_TOUCH_EVERY_MS;

export type ResolvedSession = {
  actor: Actor;
  /** Staff in a practice that requires two-step verification, who have not set it up yet. */
  twoFactorSetupRequired: boolean;
};

/**
 * The actor for a session id and the session version the token carries, or null when the session
 * is unknown, revoked, idle too long, past its absolute lifetime, the user is deactivated, or the
 * user's sessionVersion moved on (sign-out everywhere, password reset, role change, deactivation).
 */
export async function resolveSession(
  sessionId: string,
  tokenSessionVersion: number,
): Promise<ResolvedSession | null> {
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          practiceId: true,
          role: true,
          name: true,
          email: true,
          timeZone: true,
          sessionVersion: true,
          deactivatedAt: true,
          twoFactorEnabledAt: true,
          alsoClinician: true,
          practice: { select: { requireTwoFactor: true } },
        },
      },
    },
  });
  if (!row || row.revokedAt) return null;
  const { user } = row;
  if (user.deactivatedAt || user.sessionVersion !== tokenSessionVersion) return null;
  const now = Date.now();
  if (row.expiresAt.getTime() <= now) return null;
  if (now - row.lastSeenAt.getTime() > sessionLimits(user.role).idleMs) return null;
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.authSession.update({ where: { id: row.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    actor: {
      userId: user.id,
      practiceId: user.practiceId,
      role: user.role,
      name: user.name,
      email: user.email,
      timeZone: user.timeZone,
      sessionId: row.id,
      ...soloClinicianFlag(user),
    },
    twoFactorSetupRequired: mustSetUpTwoFactor(user, user.practice),
  };
}

export async function resolveAuthSession(
  sessionId: string,
  tokenSessionVersion: number,
): Promise<Actor | null> {
  return (await resolveSession(sessionId, tokenSessionVersion))?.actor ?? null;
}

export async function revokeAuthSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}

type Tx = Prisma.TransactionClient;

/**
 * Sign out everywhere: every session row and every token issued so far stop working at once.
 * Pass a transaction client to make it part of a larger change (a password reset).
 */
export async function revokeAllSessions(userId: string, tx?: Tx): Promise<void> {
  const now = new Date();
  if (tx) {
    await tx.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    return;
  }
  await db.$transaction([
    db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
  ]);
}

/** Every session but this one (after a password change on this device). Returns how many ended. */
export async function revokeOtherSessions(userId: string, keepSessionId: string, tx?: Tx): Promise<number> {
  const { count } = await (tx ?? db).authSession.updateMany({
    where: { userId, revokedAt: null, id: { not: keepSessionId } },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** One session of this user, if it is still open. Returns whether it was ended. */
export async function revokeOwnSession(userId: string, sessionId: string, tx?: Tx): Promise<boolean> {
  const { count } = await (tx ?? db).authSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

export type ActiveSession = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  current: boolean;
};

/** The signed-in devices of a user that would still be accepted now, most recent first. */
export async function listActiveSessions(
  userId: string,
  currentSessionId: string,
  role: Role,
): Promise<ActiveSession[]> {
  const now = Date.now();
  const rows = await db.authSession.findMany({
    where: {
      userId,
      revokedAt: null,
      expiresAt: { gt: new Date(now) },
      lastSeenAt: { gt: new Date(now - sessionLimits(role).idleMs) },
    },
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
  });
  return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
}
