// Browser-side calls to /api/v1 for forms: one shape for success and for the API's error body.

export type FieldProblem = { path: string; message: string };
export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      /** What to show above the form: the API's message, then any per-field problems, in words. */
      message: string;
      /** The API's message alone, for forms that show the problems by their fields. */
      headline: string;
      problems: FieldProblem[];
      details: unknown;
    };

export async function callApi<T = unknown>(
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { Accept: "application/json" }
          : { "Content-Type": "application/json", Accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: "We couldn't reach Mend. Check your connection and try again.",
      headline: "We couldn't reach Mend. Check your connection and try again.",
      problems: [],
      details: null,
    };
  }
  const json = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return { ok: true, data: json as T };
  const error = (json as { error?: { message?: string; details?: unknown } } | null)?.error;
  const details = error?.details ?? null;
  const problems = Array.isArray(details)
    ? details.filter(
        (d): d is FieldProblem => typeof d === "object" && d !== null && "path" in d && "message" in d,
      )
    : [];
  const fallback =
    response.status === 401
      ? "You were signed out. Please sign in again."
      : response.status === 429
        ? "Too many attempts. Please wait a little and try again."
        : "Something went wrong. Please try again.";
  const headline = error?.message ?? fallback;
  return {
    ok: false,
    status: response.status,
    message: withProblems(headline, problems),
    headline,
    problems,
    details,
  };
}

/**
 * The headline followed by each problem not shown by its own field (`shownFields`), so a refusal
 * always says what to fix even where a form has no place for that field.
 */
export function withProblems(
  headline: string,
  problems: readonly FieldProblem[],
  shownFields: readonly string[] = [],
): string {
  const rest = [...new Set(problems.filter((p) => !shownFields.includes(p.path)).map((p) => p.message))];
  return [headline, ...rest.filter((m) => m !== headline)].join(" ");
}

/** The first problem reported for a field (paths are dotted: "couple.name"). */
export function problemFor(problems: FieldProblem[], path: string): string | undefined {
  return problems.find((p) => p.path === path)?.message;
}
