import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { forbidden, unauthenticated } from "@/lib/errors";
import { holdsRole, type Actor, type Role } from "@/lib/policy/actor";
import { homePathFor, isStaff } from "@/lib/policy/account";
import { resolveSession, sessionLimits, type ResolvedSession } from "./sessions/store";
import { readSessionToken } from "./sessions/token";

// The ONLY place the app asks "who is this?". Swapping next-auth later touches this folder alone.

type SessionState = {
  resolved: ResolvedSession | null;
  /** A session cookie was sent but no longer names a usable session (idle, expired, revoked). */
  ended: boolean;
};

const readSession = cache(async (): Promise<SessionState> => {
  const token = await readSessionToken();
  if (typeof token?.sid !== "string" || typeof token.sv !== "number") return { resolved: null, ended: false };
  const resolved = await resolveSession(token.sid, token.sv);
  return { resolved, ended: resolved === null };
});

/** The signed-in actor, or null. Read once per request. */
export const getActor = cache(
  async (): Promise<Actor | null> => (await readSession()).resolved?.actor ?? null,
);

export const TWO_FACTOR_SETUP_PATH = "/two-factor/setup";

/**
 * For API routes, server actions and services: the actor, or a 401. Staff whose practice requires
 * two-step verification and who have not set it up get a 403 for everything except the setup
 * itself (`allowTwoFactorSetup`).
 */
export async function requireActor(options: { allowTwoFactorSetup?: boolean } = {}): Promise<Actor> {
  const { resolved } = await readSession();
  if (!resolved) throw unauthenticated();
  if (resolved.twoFactorSetupRequired && !options.allowTwoFactorSetup) {
    throw forbidden("Your practice requires two-step verification. Set it up to continue.");
  }
  return resolved.actor;
}

/**
 * For pages: the actor with one of `roles`, else a redirect (to sign-in, or to the actor's own home).
 * Staff who must set up two-step verification are sent to do that before anything else.
 * This only decides what to render; the data a page shows still comes from scoped services.
 */
export async function requirePageActor(roles: readonly Role[]): Promise<Actor> {
  const { resolved, ended } = await readSession();
  if (!resolved) redirect(ended ? "/sign-in?error=SessionEnded" : "/sign-in");
  if (resolved.twoFactorSetupRequired) redirect(TWO_FACTOR_SETUP_PATH);
  const { actor } = resolved;
  if (!roles.some((role) => holdsRole(actor, role))) redirect(homePathFor(actor.role));
  return actor;
}

/** For the two-step setup page, the one page such staff may open: the actor and whether setup is required. */
export async function requireTwoFactorSetupActor(): Promise<{ actor: Actor; required: boolean }> {
  const { resolved, ended } = await readSession();
  if (!resolved) redirect(ended ? "/sign-in?error=SessionEnded" : "/sign-in");
  if (!isStaff(resolved.actor.role)) redirect(homePathFor(resolved.actor.role));
  return { actor: resolved.actor, required: resolved.twoFactorSetupRequired };
}

/** How long a signed-in page may sit idle before the server refuses it (staff only; null for clients). */
export function idleTimeoutMsFor(actor: Pick<Actor, "role">): number | null {
  return isStaff(actor.role) ? sessionLimits(actor.role).idleMs : null;
}
