import { z } from "zod";
import type { Permission } from "@/lib/policy/permissions";
import type { ApiTag } from "./tags";

// One operation = one method on one /api/v1 path. The same object validates requests in the route
// handler and describes the route in the OpenAPI document, so the two cannot drift apart.

export type Access =
  /** Anyone, signed in or not. */
  | { kind: "public" }
  /** A signed-in actor whose role holds this permission; which rows it reaches is up to the service. */
  | { kind: "permission"; permission: Permission };

export type Operation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** OpenAPI path template, e.g. /api/v1/assignments/{id} */
  path: string;
  /** Unique camelCase name: the method name in generated clients, so rename it only on purpose. */
  operationId: string;
  summary: string;
  tag: ApiTag;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Describes the success body in the OpenAPI document. */
  response?: z.ZodType;
  successStatus?: number;
  /** Error statuses this operation may answer besides 400/401/403/500 (429: throttled, with Retry-After). */
  errors?: number[];
  /** Largest accepted JSON body; larger ones are refused with 413 before parsing. */
  maxBodyBytes?: number;
  /** Text answers are accepted as CSV as well (e.g. audit export). */
  produces?: string[];
  /**
   * The answer carries client data (names, locations, notes, answers) read by someone other than
   * that client, or a client's export: its service records each read in the audit trail, and
   * tests/integration/audit/read-paths.test.ts fails unless it has an audited case for it.
   */
  returnsClientData?: true;
};

export function defineOperation<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  op: Operation<P, Q, B>,
): Operation<P, Q, B> {
  return op;
}

/** Ids are opaque strings: an object such as {"not": ""} is a 400, never a Prisma filter. */
export const idParam = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must be an id");
export const idParams = z.object({ id: idParam });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.string(),
    details: z.unknown().optional(),
  }),
});
