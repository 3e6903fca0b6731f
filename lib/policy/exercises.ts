import type { Actor } from "./actor";
import { can } from "./permissions";

// Custom exercises: who sees one that is not shared yet, and who may change it. Both follow from
// being able to write exercises of one's own (clinicians); an admin sees only what was shared.

/** The actor writes exercises of their own, so also sees those of theirs not shared yet. */
export function seesOwnUnsharedExercises(actor: Pick<Actor, "role">): boolean {
  return can(actor, "write:exercise:own");
}

/** Only the author of a custom exercise changes it (and only while they may write exercises). */
export function canEditExercise(actor: Pick<Actor, "role">, exercise: { ownedByMe: boolean }): boolean {
  return can(actor, "write:exercise:own") && exercise.ownedByMe;
}
