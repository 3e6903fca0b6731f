// Readable validation messages for exercise definitions, shared by the content-pack loader (files
// authored by hand) and the custom-exercise API (definitions built in the editor). Pure: no Node
// or server imports, so the editor can use it too.
import { z } from "zod";
import { exerciseSchema, type ExerciseDefinition } from "./schema";

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

// zod's default messages start with "Invalid input:" and say "received undefined" for missing
// fields; authors read these, so say plainly what was expected and what was found.
export const friendlyErrors: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === "invalid_type") {
    return iss.input === undefined
      ? `required field is missing (expected ${iss.expected})`
      : `expected ${iss.expected}, received ${describeType(iss.input)}`;
  }
  if (iss.code === "unrecognized_keys") {
    return `unexpected field${iss.keys.length > 1 ? "s" : ""} ${iss.keys.map((k) => `"${k}"`).join(", ")} (check the spelling)`;
  }
  if (iss.code === "invalid_value") {
    return `expected one of ${iss.values.map((v) => JSON.stringify(v)).join(", ")}, received ${JSON.stringify(iss.input)}`;
  }
  return undefined; // fall back to zod's message (sizes, custom refinements, ...)
};

// "perspectives.0.prompts.2.max": matches how the fields appear when reading the YAML top-down.
export function formatPath(p: readonly PropertyKey[]): string {
  return p.map((k) => String(k)).join(".");
}

export type DefinitionIssue = { path: string; message: string };

/** Validates an exercise definition with the content-pack schema and the loader's messages. */
export function checkDefinition(
  input: unknown,
): { ok: true; definition: ExerciseDefinition } | { ok: false; issues: DefinitionIssue[] } {
  const result = exerciseSchema.safeParse(input, { error: friendlyErrors });
  if (result.success) return { ok: true, definition: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}
