import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { rateLimited } from "@/lib/errors";

// Failed sign-ins are counted per account and per IP in PostgreSQL, so every app instance sees the
// same counts. A success clears the account's count (not the IP's: one good password must not
// reset a spray from that address).
const WINDOW_SECONDS = 15 * 60;

/** A count kept in PostgreSQL (the RateLimiterFlexible table): `points` per `duration` seconds. */
function counter(keyPrefix: string, points: number, duration: number): RateLimiterPrisma {
  return new RateLimiterPrisma({ storeClient: db, keyPrefix, points, duration });
}

const perAccount = counter("signin-account", 10, WINDOW_SECONDS);

const perIp = counter("signin-ip", 50, WINDOW_SECONDS);

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

// Emailed-link requests (password reset, magic link), counted in three places:
//  - per requesting address: a 429 with Retry-After, like sign-in;
//  - per (requesting address, email): quietly no more emails for that pair, so one address cannot
//    use up the email's own allowance below;
//  - per email: quietly no more emails while the account still has a live (unused, unexpired) link,
//    which stops anyone from flooding an inbox. Once that link is used or has expired, the owner's
//    next request is sent whatever the count, so strangers' requests cannot lock the owner out.
// "Quietly": the answer must stay the same whether or not the email has an account.
const LINK_WINDOW_SECONDS = 60 * 60;

const linkRequestsPerIp = counter("link-request-ip", 20, LINK_WINDOW_SECONDS);

const linkRequestsPerIpAndEmail = counter("link-request-ip-email", 3, LINK_WINDOW_SECONDS);

const linkRequestsPerEmail = counter("link-request-email", 5, LINK_WINDOW_SECONDS);

export type LinkKind = "password-reset" | "magic-link";

/** "send"; "unless-live-link": only when the account has no unused, unexpired link; "drop". */
export type LinkRequestVerdict = "send" | "unless-live-link" | "drop";

/**
 * Counts one emailed-link request. Throws a 429 when this address has asked too often; otherwise
 * says whether the email may be sent (see the counters above).
 */
export async function allowLinkRequest(
  kind: LinkKind,
  { email, ip }: SignInSubject,
): Promise<LinkRequestVerdict> {
  try {
    await linkRequestsPerIp.consume(`${kind}:${ip}`);
  } catch (rejection) {
    throw rateLimited(secondsFromRejection(rejection, LINK_WINDOW_SECONDS));
  }
  if (!(await withinLimit(linkRequestsPerIpAndEmail, `${kind}:${ip}:${email}`))) return "drop";
  return (await withinLimit(linkRequestsPerEmail, `${kind}:${email}`)) ? "send" : "unless-live-link";
}

async function withinLimit(limiter: RateLimiterPrisma, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    return false;
  }
}

function secondsFromRejection(rejection: unknown, fallback: number): number {
  if (rejection instanceof Error) throw rejection;
  const ms = (rejection as { msBeforeNext?: number } | null)?.msBeforeNext;
  return typeof ms === "number" ? Math.max(1, Math.ceil(ms / 1000)) : fallback;
}

// A TOTP code is good for one use: a code seen once is remembered for longer than it stays valid
// (two 30-second steps either side), in the same shared store.
const usedTotpCodes = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "totp-used",
  points: 1,
  duration: 3 * 60,
});

/** True the first time a (user, time step) pair is seen; false on any replay. */
export async function claimTotpStep(userId: string, step: number): Promise<boolean> {
  return withinLimit(usedTotpCodes, `${userId}:${step}`);
}
