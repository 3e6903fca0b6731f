// Typed, expected errors. Services throw these; lib/http maps them to HTTP in one place.
// Their messages are shown to users, so they never carry answer text or other PHI.

export type ErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unprocessable"
  | "rate_limited";

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
};

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe, structured detail for the client (field errors, the conflicting version, ...). */
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new AppError("bad_request", message, details);
export const unauthenticated = (message = "Please sign in.") => new AppError("unauthenticated", message);
export const forbidden = (message = "You do not have access to this.") => new AppError("forbidden", message);
/** Also used for resources that exist but the actor may not know about. */
export const notFound = (what = "That") => new AppError("not_found", `${what} was not found.`);
export const conflict = (message: string, details?: unknown) => new AppError("conflict", message, details);
export const unprocessable = (message: string, details?: unknown) =>
  new AppError("unprocessable", message, details);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    "rate_limited",
    "Too many attempts. Please wait a little and try again.",
    undefined,
    retryAfterSeconds,
  );

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
