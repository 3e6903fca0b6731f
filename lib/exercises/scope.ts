import type { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { seesOwnUnsharedExercises } from "@/lib/policy/exercises";

// Who sees which exercise:
// - shipped pack exercises ("pack:<slug>" scope): every clinician and admin;
// - a practice's custom exercises ("practice:<id>" scope): their owner, and the practice's other
//   clinicians (and its admins) once shared. Anyone else gets a 404, as if it did not exist.
// Clients have no library (403 via the permission table); they reach the versions pinned to their
// assignments through getExerciseVersionForRender.

export const PACK_SCOPE_PREFIX = "pack:";
export const packScope = (packSlug: string) => `${PACK_SCOPE_PREFIX}${packSlug}`;
export const practiceScope = (practiceId: string) => `practice:${practiceId}`;

/** The exercises the actor may see (and so open, duplicate or assign). */
export function visibleExerciseWhere(actor: Actor): Prisma.ExerciseWhereInput {
  const custom: Prisma.ExerciseWhereInput = {
    scope: practiceScope(actor.practiceId),
    practiceId: actor.practiceId,
    ...(seesOwnUnsharedExercises(actor)
      ? { OR: [{ shared: true }, { ownerId: actor.userId }] }
      : { shared: true }),
  };
  return { OR: [{ scope: { startsWith: PACK_SCOPE_PREFIX } }, custom] };
}
