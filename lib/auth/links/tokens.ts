import "server-only";
import { db } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/enums";
import { hashToken, randomToken } from "@/lib/auth/crypto";

// Single-use, expiring tokens for password reset and magic-link sign-in. The email carries the
// token; the database keeps only its SHA-256, so a database leak yields no usable links.

export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  PASSWORD_RESET: 30 * 60_000,
  MAGIC_LINK: 20 * 60_000,
};

/** The shape every emailed token has (randomToken: 32 bytes, base64url). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Where a token can be written: the shared client, or a transaction the caller has open. */
type TokenWriter = Pick<typeof db, "authToken">;

/**
 * Issues a new token and retires any earlier unused ones of the same purpose, so only the latest
 * email works. Pass `tx` to issue it inside a transaction that also creates the account (first-start
 * setup, lib/setup), and `ttlMs` for a link that must outlive the usual minutes.
 */
export async function issueToken(
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
  options: { tx?: TokenWriter; ttlMs?: number } = {},
): Promise<string> {
  const token = randomToken();
  const retire = (writer: TokenWriter) =>
    writer.authToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const create = (writer: TokenWriter) =>
    writer.authToken.create({
      data: {
        userId,
        purpose,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + (options.ttlMs ?? TOKEN_TTL_MS[purpose])),
      },
    });
  if (options.tx) {
    await retire(options.tx);
    await create(options.tx);
  } else {
    await db.$transaction([retire(db), create(db)]);
  }
  return token;
}

/** Whether the account has an unused, unexpired token of this purpose (a link it can still use). */
export async function hasLiveToken(
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<boolean> {
  return (await db.authToken.count({ where: { userId, purpose, usedAt: null, expiresAt: { gt: now } } })) > 0;
}

export type TokenOwner = { tokenId: string; userId: string };

/** Looks a token up without using it: the owner when it is unused and unexpired, else null. */
export async function peekToken(
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<TokenOwner | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, purpose: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= now) return null;
  return { tokenId: row.id, userId: row.userId };
}

/**
 * Uses a token up. The conditional update is the lock: of two simultaneous requests with the same
 * token exactly one sees count 1, so a token can never be used twice.
 */
export async function consumeToken(
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<TokenOwner | null> {
  const owner = await peekToken(token, purpose, now);
  if (!owner) return null;
  const { count } = await db.authToken.updateMany({
    where: { id: owner.tokenId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1 ? owner : null;
}
