import { getExerciseOperation, updateExerciseOperation } from "@/lib/exercises/operations";
import { updateCustomExercise } from "@/lib/exercises/mutations";
import { getExercise } from "@/lib/exercises/queries";
import { handle } from "@/lib/http/handle";

export const GET = handle(getExerciseOperation, ({ actor, params, query }) =>
  getExercise(actor, params.slug, query),
);
export const PATCH = handle(updateExerciseOperation, ({ actor, params, body }) =>
  updateCustomExercise(actor, params.slug, body),
);
