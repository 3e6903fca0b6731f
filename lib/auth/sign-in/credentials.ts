import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAuthEvent } from "@/lib/auth/audit";
import { verifyPassword } from "@/lib/auth/password/hash";
import { assertSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn } from "./rate-limit";
import { openAuthSession } from "@/lib/auth/sessions/store";
import { consumeToken } from "@/lib/auth/links/tokens";
import { verifySecondFactor } from "@/lib/auth/two-factor/service";
import { mayUseEmailLink } from "@/lib/policy/account";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  // Never truncated: the whole passphrase is hashed. 1024 characters bounds the hashing work.
  password: z.string().min(1).max(1024),
  // The second step, when the account has two-step verification: an app code or a recovery code.
  code: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : undefined)),
});

export type SignedIn = { userId: string; sessionId: string; sessionVersion: number };

/**
 * Thrown when the password was right but the account needs its second step. The sign-in form then
 * asks for the code and sends everything again. `invalid` when a code was sent and did not match.
 */
export class SecondFactorNeeded extends Error {
  override name = "SecondFactorNeeded";
  constructor(readonly invalid: boolean) {
    super(invalid ? "TwoFactorInvalid" : "TwoFactorRequired");
  }
}

type Context = { ip: string; userAgent?: string };

/**
 * Email + password sign-in. Unknown emails, wrong passwords and deactivated accounts all return
 * null after the same argon2 work, so the answer reveals nothing about which emails have accounts.
 * Only once the password is right does an account with two-step verification ask for its code.
 */
export async function signInWithPassword(input: unknown, context: Context): Promise<SignedIn | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;
  const subject = { email, ip: context.ip };
  await assertSignInAllowed(subject);

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      practiceId: true,
      role: true,
      passwordHash: true,
      deactivatedAt: true,
      sessionVersion: true,
      twoFactorEnabledAt: true,
      twoFactorSecret: true,
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.deactivatedAt) {
    await recordFailedSignIn(subject);
    return null;
  }
  if (user.twoFactorEnabledAt) {
    if (!code) throw new SecondFactorNeeded(false);
    const used = await verifySecondFactor(user, code);
    if (!used) {
      await recordFailedSignIn(subject);
      throw new SecondFactorNeeded(true);
    }
    if (used === "recovery_code") {
      await recordAuthEvent({
        action: "auth.recovery_code_used",
        practiceId: user.practiceId,
        actorId: user.id,
        actorRole: user.role,
        subjectId: user.id,
        meta: { ip: context.ip, userAgent: context.userAgent },
      });
    }
  }
  await recordSuccessfulSignIn(subject);
  const sessionId = await openAuthSession(user.id, user.role, context.userAgent);
  return { userId: user.id, sessionId, sessionVersion: user.sessionVersion };
}

export const magicLinkSchema = z.object({ token: z.string().max(100) });

/**
 * Magic-link sign-in: the emailed token is used up and a session opens. Only active CLIENT
 * accounts; anything else (unknown, used, expired, staff, deactivated) is null.
 */
export async function signInWithMagicLink(input: unknown, context: Context): Promise<SignedIn | null> {
  const parsed = magicLinkSchema.safeParse(input);
  if (!parsed.success) return null;
  const owner = await consumeToken(parsed.data.token, "MAGIC_LINK");
  if (!owner) return null;
  const user = await db.user.findUnique({
    where: { id: owner.userId },
    select: {
      id: true,
      practiceId: true,
      role: true,
      email: true,
      deactivatedAt: true,
      sessionVersion: true,
      passwordHash: true,
    },
  });
  if (!user || !mayUseEmailLink(user)) return null;
  await recordSuccessfulSignIn({ email: user.email, ip: context.ip });
  const sessionId = await openAuthSession(user.id, user.role, context.userAgent);
  await recordAuthEvent({
    action: "auth.magic_link_sign_in",
    practiceId: user.practiceId,
    actorId: user.id,
    actorRole: user.role,
    subjectId: user.id,
    meta: { ip: context.ip, userAgent: context.userAgent },
  });
  return { userId: user.id, sessionId, sessionVersion: user.sessionVersion };
}
