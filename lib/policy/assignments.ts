import { forbidden } from "@/lib/errors";
import { holdsRole, type Actor } from "./actor";

// Which side of an assignment the actor is on. The permission table says whether a role may take an
// action at all; these say in which capacity they take it: as the clinician who gives work (their
// rows are the assignments they made) or as a client it was given to (their row is their own copy).
// The scope builders in lib/assignments/scope.ts and the DTO shape follow from it.

/** The actor gives work: a clinician, reaching the assignments they made. */
export function actsAsClinician(actor: Pick<Actor, "role" | "alsoClinician">): boolean {
  return holdsRole(actor, "CLINICIAN");
}

/** The actor is given work: a client, reaching only their own copy of it. */
export function actsAsClient(actor: Pick<Actor, "role" | "alsoClinician">): boolean {
  return holdsRole(actor, "CLIENT");
}

/** A clinician-only action on an assignment: anyone else is refused (403). */
export function assertActsAsClinician(actor: Pick<Actor, "role" | "alsoClinician">): void {
  if (!actsAsClinician(actor)) throw forbidden();
}

/** A client-only action on their own copy: anyone else is refused (403). */
export function assertActsAsClient(actor: Pick<Actor, "role" | "alsoClinician">): void {
  if (!actsAsClient(actor)) throw forbidden();
}
