import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireActor, getActor } from "@/lib/auth/session";
import { AppError, badRequest, isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { logError } from "@/lib/log";
import type { Operation } from "./operation";
import { inspectJson, readJsonBody } from "./body";
import { assertSameOrigin } from "./origin";
import { requestMetaFrom, type RequestMeta } from "./request-meta";

export type { RequestMeta };

type Ctx<O extends Operation> = {
  actor: O["access"] extends { kind: "public" } ? Actor | null : Actor;
  // NonNullable: the schemas are optional properties of Operation, so O["body"] is `B | undefined`.
  params: NonNullable<O["params"]> extends z.ZodType
    ? z.infer<NonNullable<O["params"]>>
    : Record<string, never>;
  query: NonNullable<O["query"]> extends z.ZodType ? z.infer<NonNullable<O["query"]>> : Record<string, never>;
  body: NonNullable<O["body"]> extends z.ZodType ? z.infer<NonNullable<O["body"]>> : undefined;
  request: NextRequest;
  meta: RequestMeta;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

export function requestMeta(request: Request): RequestMeta {
  return requestMetaFrom(request.headers);
}

function errorResponse(error: AppError, requestId: string): NextResponse {
  const headers: Record<string, string> = { ...NO_STORE };
  if (error.retryAfterSeconds) headers["Retry-After"] = String(error.retryAfterSeconds);
  return NextResponse.json(
    {
      error: {
        code: error.code,
        message: error.message,
        requestId,
        ...(error.details ? { details: error.details } : {}),
      },
    },
    { status: error.status, headers },
  );
}

function zodDetails(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/**
 * What a person reads when a part of the request is refused: words, not "the request body is not
 * valid". The per-field messages travel in `details` (path and message), for forms to show by each field.
 */
const INVALID_MESSAGE: Record<string, string> = {
  "request body": "Some of what you entered needs another look.",
  query: "This page's address has a value Mend does not understand. Please go back and try again.",
  address: "This link is not valid. Please go back and try again.",
};

function parsePart<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.infer<T> {
  if (!schema) return {} as z.infer<T>;
  const result = schema.safeParse(value);
  if (!result.success)
    throw badRequest(
      INVALID_MESSAGE[where] ?? "Something in this request is not valid.",
      zodDetails(result.error),
    );
  return result.data;
}

/**
 * The one builder every /api/v1 route is made with. It refuses by default: an operation must name
 * a permission (or say it is public); it parses params, query and body with the operation's zod
 * schemas; it maps typed errors to HTTP and answers anything unexpected with a generic 500 that
 * carries a request id (the error is logged without request data, so no PHI reaches the logs).
 */
export function handle<O extends Operation>(op: O, handler: (ctx: Ctx<O>) => Promise<unknown>) {
  return async function route(request: NextRequest, context: RouteContext): Promise<Response> {
    const meta = requestMeta(request);
    try {
      if (op.method !== "GET") assertSameOrigin(request.headers, request.url);
      let actor: Actor | null;
      if (op.access.kind === "public") {
        actor = await getActor();
      } else {
        actor = await requireActor();
        assertCan(actor, op.access.permission);
      }
      const rawParams = await context.params;
      const rawQuery = Object.fromEntries(request.nextUrl.searchParams);
      // NUL and lone surrogates (%00, %ED%A0%80) in the address are a clean 400, like in bodies: they
      // must never reach a service or PostgreSQL (which refuses NUL in text with an error).
      if (inspectJson([rawParams, rawQuery]) !== null)
        throw badRequest("The address contains characters Mend cannot read.");
      const params = parsePart(op.params, rawParams, "address");
      const query = parsePart(op.query, rawQuery, "query");
      const body = op.body
        ? parsePart(op.body, await readJsonBody(request, op.maxBodyBytes), "request body")
        : undefined;
      const result = await handler({ actor, params, query, body, request, meta } as Ctx<O>);
      if (result instanceof Response) {
        result.headers.set("Cache-Control", "no-store");
        return result;
      }
      return NextResponse.json(result ?? null, { status: op.successStatus ?? 200, headers: NO_STORE });
    } catch (error) {
      if (isAppError(error)) return errorResponse(error, meta.requestId);
      logError("api.unexpected", error, { requestId: meta.requestId, route: `${op.method} ${op.path}` });
      return NextResponse.json(
        {
          error: {
            code: "internal",
            message: "Something went wrong on our side. Nothing was lost; please try again.",
            requestId: meta.requestId,
          },
        },
        { status: 500, headers: NO_STORE },
      );
    }
  };
}
