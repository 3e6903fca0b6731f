import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyPassword } from "./password";
import { assertSignInAllowed, recordFailedSignIn, recordSuccessfulSignIn } from "./rate-limit";
import { openAuthSession } from "./sessions";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  // Never truncated: the whole passphrase is hashed. 1024 characters bounds the hashing work.
  password: z.string().min(1).max(1024),
});

export type SignedIn = { userId: string; sessionId: string; sessionVersion: number };

/**
 * Email + password sign-in. Unknown emails, wrong passwords and deactivated accounts all return
 * null after the same argon2 work, so the answer reveals nothing about which emails have accounts.
 */
export async function signInWithPassword(
  input: unknown,
  context: { ip: string; userAgent?: string },
): Promise<SignedIn | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const subject = { email, ip: context.ip };
  await assertSignInAllowed(subject);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordOk || user.deactivatedAt) {
    await recordFailedSignIn(subject);
    return null;
  }
  await recordSuccessfulSignIn(subject);
  const sessionId = await openAuthSession(user.id, user.role, context.userAgent);
  return { userId: user.id, sessionId, sessionVersion: user.sessionVersion };
}
