import "server-only";
import type { ReactNode } from "react";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { getActor, requirePageActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { homePathFor } from "@/lib/policy/account";
import type { Actor, Role } from "@/lib/policy/actor";
import { can, type Permission } from "@/lib/policy/permissions";

// The one builder every page that reads data is made with, the twin of handle() and action(). It
// decides who may open the page (a signed-in actor with one of the roles, or a permission; anyone
// else is sent to sign in or to their own home) and answers the typed errors of the services the
// page calls in one place: an address that names nothing this actor may read (not_found, or an
// id that does not parse: bad_request) is the 404 page; forbidden sends the actor home. What the
// page shows still comes from the scoped services.

export type PageAccess = { roles: readonly Role[] } | { permission: Permission };

const ALL_ROLES: readonly Role[] = ["ADMIN", "CLINICIAN", "CLIENT"];

async function answerErrors<T>(actor: Actor | null, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() from the page itself
    if (isAppError(error)) {
      if (error.code === "not_found" || error.code === "bad_request") notFound();
      if (error.code === "forbidden") redirect(actor ? homePathFor(actor.role) : "/sign-in");
      if (error.code === "unauthenticated") redirect("/sign-in");
    }
    throw error;
  }
}

/** A page for signed-in people: `export default page({ roles: ["CLINICIAN"] }, async function X(actor, props) {...})`. */
export function page<Props extends object = object>(
  access: PageAccess,
  render: (actor: Actor, props: Props) => Promise<ReactNode>,
): (props: Props) => Promise<ReactNode> {
  return async function GatedPage(props: Props) {
    const actor = await requirePageActor("roles" in access ? access.roles : ALL_ROLES);
    if ("permission" in access && !can(actor, access.permission)) redirect(homePathFor(actor.role));
    return answerErrors(actor, () => render(actor, props));
  };
}

/** A page anyone may open (sign-in, links from emails); it gets the actor when someone is signed in. */
export function publicPage<Props extends object = object>(
  render: (actor: Actor | null, props: Props) => Promise<ReactNode>,
): (props: Props) => Promise<ReactNode> {
  return async function PublicPage(props: Props) {
    const actor = await getActor();
    return answerErrors(actor, () => render(actor, props));
  };
}
