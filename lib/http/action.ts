import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { pageRequestMeta } from "@/lib/audit/request-meta";
import { requireActor } from "@/lib/auth/session";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import type { Access } from "./operation";
import { assertSameOrigin } from "./origin";
import type { RequestMeta } from "./handle";

// The one builder every server action is made with, the twin of handle() for /api/v1: anyone who
// finds an action's id can call it, so each call is checked as an API request would be. It refuses
// a missing or foreign Origin, requires a signed-in actor whose role holds the permission, parses
// the input with zod, and maps typed errors to a typed result in one place. Anything unexpected is
// logged without request data (no PHI) and answered with a generic failure.

export type ActionFailure = {
  ok: false;
  code: ErrorCode | "internal";
  message: string;
  /** The first problem per form field, for forms that highlight fields. */
  errors?: Record<string, string>;
};
export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export type ActionAccess = Extract<Access, { kind: "permission" }> & {
  /** Open to staff whose practice requires two-step verification before they have set it up. */
  allowTwoFactorSetup?: boolean;
};

type ActionSpec<Args extends unknown[], S extends z.ZodType> = {
  /** A name for logs, e.g. "schedule.create". */
  name: string;
  access: ActionAccess;
  input: S;
  /** Picks the raw input out of the action's arguments (a FormData, a previous form state, a value). */
  read: (...args: Args) => unknown;
  /** What to say when the input does not parse. */
  invalid: string;
  /**
   * Form actions that work without JavaScript answer a failure by sending the browser somewhere:
   * the address to go to, given the failure and the input (null when it did not parse).
   */
  redirectOnFailure?: (failure: ActionFailure, input: z.infer<S> | null, raw: unknown) => string;
};

type ActionContext<S extends z.ZodType> = { actor: Actor; input: z.infer<S>; meta: RequestMeta };

const GENERIC = "Something went wrong on our side. Nothing was lost; please try again.";

function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "")] ??= issue.message;
  return errors;
}

class InvalidInput extends Error {
  constructor(readonly errors: Record<string, string>) {
    super("invalid input");
  }
}

export function action<Args extends unknown[], S extends z.ZodType, T extends object>(
  spec: ActionSpec<Args, S>,
  fn: (ctx: ActionContext<S>) => Promise<T>,
): (...args: Args) => Promise<ActionResult<T>> {
  return async (...args: Args): Promise<ActionResult<T>> => {
    // Read and parsed up front (pure) so a refusal can still send the browser back to the right
    // page; a parse failure is only reported once the caller is known to be allowed at all.
    // Anyone can call an action with any arguments (a string where a FormData belongs): a read
    // that throws is bad input too, never a 500.
    const { raw, parsed } = readInput(spec, args);
    const input: z.infer<S> | null = parsed.success ? parsed.data : null;
    let meta: RequestMeta | null = null;
    try {
      assertSameOrigin(await headers());
      const actor = await requireActor({ allowTwoFactorSetup: spec.access.allowTwoFactorSetup });
      assertCan(actor, spec.access.permission);
      if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error));
      meta = await pageRequestMeta();
      return { ok: true, ...(await fn({ actor, input: parsed.data, meta })) };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are answers, not failures
      const failure = toFailure(spec, error, meta);
      if (spec.redirectOnFailure) redirect(spec.redirectOnFailure(failure, input, raw));
      return failure;
    }
  };
}

function readInput<Args extends unknown[], S extends z.ZodType>(spec: ActionSpec<Args, S>, args: Args) {
  try {
    const raw = spec.read(...args);
    return { raw, parsed: spec.input.safeParse(raw) };
  } catch {
    return { raw: null, parsed: spec.input.safeParse(undefined) };
  }
}

function toFailure(
  spec: { name: string; invalid: string },
  error: unknown,
  meta: RequestMeta | null,
): ActionFailure {
  if (error instanceof InvalidInput)
    return { ok: false, code: "bad_request", message: spec.invalid, errors: error.errors };
  if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
  logError("action.unexpected", error, { action: spec.name, requestId: meta?.requestId });
  return { ok: false, code: "internal", message: GENERIC };
}

/** The same gate for a plain `<form action={...}>`, whose answer is a redirect or a refreshed page, not a result. */
export function formAction<Args extends unknown[], S extends z.ZodType, T extends object>(
  spec: ActionSpec<Args, S>,
  fn: (ctx: ActionContext<S>) => Promise<T>,
): (...args: Args) => Promise<void> {
  const gated = action(spec, fn);
  return async (...args: Args) => {
    await gated(...args);
  };
}
