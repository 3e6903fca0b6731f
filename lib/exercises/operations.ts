import { defineOperation } from "@/lib/http/operation";
import { libraryFiltersSchema } from "./filters";
import {
  createExerciseBody,
  exerciseDetailDto,
  exerciseDetailQuery,
  exerciseListDto,
  exerciseSaveDto,
  slugParams,
  updateExerciseBody,
} from "./schemas";

const TAG = "Exercises";

export const listExercisesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/exercises",
  operationId: "listExercises",
  summary:
    "The exercise library: shipped guide exercises and the practice's custom ones you may see, latest versions",
  tag: TAG,
  access: { kind: "permission", permission: "read:exercise" },
  query: libraryFiltersSchema,
  response: exerciseListDto,
});

export const getExerciseOperation = defineOperation({
  method: "GET",
  path: "/api/v1/exercises/{slug}",
  operationId: "getExercise",
  summary: "One exercise with its definition (latest version, or ?version=) and its version history",
  tag: TAG,
  access: { kind: "permission", permission: "read:exercise" },
  params: slugParams,
  query: exerciseDetailQuery,
  response: exerciseDetailDto,
  errors: [404],
});

export const createExerciseOperation = defineOperation({
  method: "POST",
  path: "/api/v1/exercises",
  operationId: "createExercise",
  summary: "Create a custom exercise: duplicate one ({ basedOn }) or write a new one ({ definition })",
  tag: TAG,
  access: { kind: "permission", permission: "write:exercise:own" },
  body: createExerciseBody,
  response: exerciseSaveDto,
  successStatus: 201,
  errors: [404, 409, 413, 422],
});

export const updateExerciseOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/exercises/{slug}",
  operationId: "updateExercise",
  summary:
    "Edit your own custom exercise (a changed definition becomes a new version) or share it with your practice",
  tag: TAG,
  access: { kind: "permission", permission: "write:exercise:own" },
  params: slugParams,
  body: updateExerciseBody,
  response: exerciseSaveDto,
  errors: [404, 409, 413, 422],
});

export const exerciseOperations = [
  listExercisesOperation,
  getExerciseOperation,
  createExerciseOperation,
  updateExerciseOperation,
];
