// Checking and saving the editor's definition: in the browser with the schema the server uses,
// then through /api/v1/exercises, whose field errors come back keyed by the same paths.
import { checkDefinition } from "@/lib/exercises/validation";
import type { Errors } from "./fields";

export type Issue = { path: string; message: string };

export type EditorMode = { kind: "create" } | { kind: "edit"; slug: string; version: number };

export type SaveOutcome =
  | { kind: "saved"; slug: string; notice: "created" | "unchanged" }
  | { kind: "rejected"; issues: Issue[]; message: string };

export function pathsToErrors(issues: Issue[]): Errors {
  const errors: Errors = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

// The schema needs a version, a credit and a slug; the server fills these in, so the browser
// check uses placeholders for whichever are missing.
export function checkInBrowser(definition: Record<string, unknown>) {
  return checkDefinition({
    slug: "draft",
    credit: { source: "Custom exercise", author: "You", section: "Custom" },
    ...definition,
    version: 1,
  });
}

/** Creates or updates the exercise. Throws when Mend cannot be reached. */
export async function saveExercise(
  mode: EditorMode,
  definition: Record<string, unknown>,
  shared: boolean,
): Promise<SaveOutcome> {
  const response =
    mode.kind === "create"
      ? await fetch("/api/v1/exercises", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ definition, shared }),
        })
      : await fetch(`/api/v1/exercises/${mode.slug}`, {
          method: "PATCH",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ definition, shared, expectedVersion: mode.version }),
        });
  const body = (await response.json().catch(() => null)) as {
    slug?: string;
    versionCreated?: boolean;
    error?: { message?: string; details?: unknown };
  } | null;
  if (response.ok && body?.slug) {
    return {
      kind: "saved",
      slug: body.slug,
      notice: mode.kind === "create" ? "created" : body.versionCreated ? "created" : "unchanged",
    };
  }
  return {
    kind: "rejected",
    issues: issuesOf(body?.error),
    message: body?.error?.message ?? "That could not be saved. Please try again.",
  };
}

/** The API's field errors, with paths relative to the definition (as the editor's inputs are keyed). */
function issuesOf(error: { message?: string; details?: unknown } | undefined): Issue[] {
  const details = error?.details;
  if (Array.isArray(details)) {
    return (details as { path?: unknown; message?: unknown }[])
      .filter((d) => typeof d.path === "string" && typeof d.message === "string")
      .map((d) => ({ path: String(d.path).replace(/^definition\.?/, ""), message: String(d.message) }));
  }
  if (
    details &&
    typeof details === "object" &&
    "path" in details &&
    typeof (details as { path: unknown }).path === "string"
  ) {
    return [
      {
        path: String((details as { path: string }).path).replace(/^definition\.?/, ""),
        message: error?.message ?? "",
      },
    ];
  }
  return [];
}
