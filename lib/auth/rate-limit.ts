import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { rateLimited } from "@/lib/errors";

// Failed sign-ins are counted per account and per IP in PostgreSQL, so every app instance sees the
// same counts. A success clears the account's count (not the IP's: one good password must not
// reset a spray from that address).
const WINDOW_SECONDS = 15 * 60;

const perAccount = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "signin-account",
  points: 10,
  duration: WINDOW_SECONDS,
});

const perIp = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "signin-ip",
  points: 50,
  duration: WINDOW_SECONDS,
});

export type SignInSubject = { email: string; ip: string };

function secondsLeft(res: RateLimiterRes | null, limit: number): number {
  if (!res || res.consumedPoints < limit) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Throws a 429 error (with Retry-After seconds) when either counter is used up. */
export async function assertSignInAllowed({ email, ip }: SignInSubject): Promise<void> {
  const [account, address] = await Promise.all([perAccount.get(email), perIp.get(ip)]);
  const wait = Math.max(secondsLeft(account, perAccount.points), secondsLeft(address, perIp.points));
  if (wait > 0) throw rateLimited(wait);
}

export async function recordFailedSignIn({ email, ip }: SignInSubject): Promise<void> {
  // consume() rejects once the limit is passed; the count is recorded either way.
  await Promise.allSettled([perAccount.consume(email), perIp.consume(ip)]);
}

export async function recordSuccessfulSignIn({ email }: SignInSubject): Promise<void> {
  await perAccount.delete(email);
}
