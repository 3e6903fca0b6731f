import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

// Server-side session rows behind next-auth's JWT cookie: the cookie names a row, the row decides.

const STAFF: ReadonlySet<Role> = new Set(["ADMIN", "CLINICIAN"]);

export function sessionLimits(role: Role): { idleMs: number; maxMs: number } {
  const e = env();
  return STAFF.has(role)
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

// lastSeenAt is written at most once a minute per session: activity is still tracked to the minute
// without a write on every request.
const TOUCH_EVERY_MS = 60_000;

/**
 * The actor for a session id and the session version the token carries, or null when the session
 * is unknown, revoked, idle too long, past its absolute lifetime, the user is deactivated, or the
 * user's sessionVersion moved on (sign-out everywhere, password/role change).
 */
export async function resolveAuthSession(sessionId: string, tokenSessionVersion: number): Promise<Actor | null> {
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
    userId: user.id,
    practiceId: user.practiceId,
    role: user.role,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    sessionId: row.id,
  };
}

export async function revokeAuthSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Sign out everywhere: every session row and every token issued so far stop working at once. */
export async function revokeAllSessions(userId: string): Promise<void> {
  await db.$transaction([
    db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
  ]);
}
