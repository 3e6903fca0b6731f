import type { Actor } from "@/lib/policy/actor";

// A stand-in for lib/auth/session in route tests: "who is signed in" is the one thing replaced.
// The actor lives on globalThis, not in a closure of one test file: on the embedded database every
// test file shares one worker and its module cache, so the route modules keep whichever mock they
// were first loaded with; reading a global keeps every file that uses this helper in agreement.
// Use: vi.mock("@/lib/auth/session", () => import("../../support/route-session")); then signInForRoutes(actor).

const holder = globalThis as unknown as { mendRouteActor?: Actor | null };

export function signInForRoutes(actor: Actor | null): void {
  holder.mendRouteActor = actor;
}

export async function getActor(): Promise<Actor | null> {
  return holder.mendRouteActor ?? null;
}

export async function requireActor(): Promise<Actor> {
  // The errors module the routes use (whatever the module cache holds), so the 401 is recognised.
  const { unauthenticated } = await import("@/lib/errors");
  if (!holder.mendRouteActor) throw unauthenticated();
  return holder.mendRouteActor;
}

// The origin our own pages send requests from.
export const TEST_ORIGIN = "http://localhost:3000";
