import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { unauthenticated } from "@/lib/errors";
import type { Actor, Role } from "@/lib/policy/actor";
import { authOptions } from "./options";
import { resolveAuthSession } from "./sessions";

// The ONLY place the app asks "who is this?". Swapping next-auth later touches this folder alone.

/** The signed-in actor, or null. Read once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.sid || typeof session.sv !== "number") return null;
  return resolveAuthSession(session.sid, session.sv);
});

/** For API routes and services: the actor, or a 401. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  return actor;
}

export function homePathFor(role: Role): string {
  return role === "CLIENT" ? "/home" : role === "ADMIN" ? "/admin" : "/dashboard";
}

/**
 * For pages: the actor with one of `roles`, else a redirect (to sign-in, or to the actor's own home).
 * This only decides what to render; the data a page shows still comes from scoped services.
 */
export async function requirePageActor(roles: readonly Role[]): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!roles.includes(actor.role)) redirect(homePathFor(actor.role));
  return actor;
}
