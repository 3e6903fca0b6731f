import type { Prisma } from "@/lib/db";
import type { ExerciseDefinition } from "./schema";

// Stored definitions were validated when they were written and are immutable: they are read back
// as they are (re-validating against a newer schema could make an old assignment unreadable).
export function storedDefinition(json: Prisma.JsonValue): ExerciseDefinition {
  return json as unknown as ExerciseDefinition;
}
