import { createExerciseOperation, listExercisesOperation } from "@/lib/exercises/operations";
import { createCustomExercise } from "@/lib/exercises/mutations";
import { listExercises } from "@/lib/exercises/queries";
import { handle } from "@/lib/http/handle";

export const GET = handle(listExercisesOperation, ({ actor, query }) => listExercises(actor, query));
export const POST = handle(createExerciseOperation, ({ actor, body }) => createCustomExercise(actor, body));
