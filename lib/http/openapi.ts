import { z } from "zod";
import { meOperations } from "@/lib/me/operations";
import { authOperations } from "@/lib/auth/operations";
import { peopleOperations } from "@/lib/people/operations";
import { exerciseOperations } from "@/lib/exercises/operations";
import { clientOperations } from "@/lib/clients/operations";
import { invitationOperations } from "@/lib/invitations/operations";
import { jurisdictionOperations } from "@/lib/jurisdiction/operations";
import { licenceOperations } from "@/lib/licences/operations";
import { locationOperations } from "@/lib/locations/operations";
import { appointmentOperations } from "@/lib/appointments/operations";
import { assignmentOperations } from "@/lib/assignments/operations";
import { responseOperations } from "@/lib/responses/operations";
import { reviewOperations } from "@/lib/review/operations";
import { prepOperations } from "@/lib/prep/operations";
import { auditOperations } from "@/lib/audit/operations";
import { dataRightsOperations } from "@/lib/data-rights/operations";
import { errorBody, type Operation } from "./operation";

// Every /api/v1 operation, by feature. A route handler is built from one of these objects, and the
// request-level security suite walks this list, so a route missing here fails the tests.
export const API_OPERATIONS: readonly Operation[] = [
  ...meOperations,
  ...exerciseOperations,
  ...invitationOperations,
  ...licenceOperations,
  ...jurisdictionOperations,
  ...clientOperations,
  ...locationOperations,
  ...authOperations,
  ...peopleOperations,
  ...appointmentOperations,
  ...assignmentOperations,
  ...responseOperations,
  ...reviewOperations,
  ...prepOperations,
  ...auditOperations,
  ...dataRightsOperations,
];

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found (or not visible to you)",
  409: "Conflict with the current state",
  413: "Request too large",
  422: "Refused by a business rule",
  429: "Too many requests",
  500: "Unexpected error (nothing is leaked; quote the request id)",
};

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" });
}

function parameters(op: Operation) {
  const list: object[] = [];
  for (const [where, schema] of [["path", op.params], ["query", op.query]] as const) {
    if (!schema || !(schema instanceof z.ZodObject)) continue;
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      list.push({ name, in: where, required: where === "path" || !field.safeParse(undefined).success, schema: jsonSchema(field, "input") });
    }
  }
  return list;
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of API_OPERATIONS) {
    const statuses = new Set([400, 500, ...(op.access.kind === "public" ? [] : [401, 403]), ...(op.errors ?? [])]);
    if (op.method !== "GET") statuses.add(403);
    const responses: Record<string, object> = {
      [String(op.successStatus ?? 200)]: {
        description: "Success",
        content: {
          "application/json": { schema: op.response ? jsonSchema(op.response, "output") : {} },
          ...(op.produces?.includes("text/csv") ? { "text/csv": { schema: { type: "string" } } } : {}),
        },
      },
    };
    for (const status of [...statuses].sort()) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? "Error",
        content: { "application/json": { schema: jsonSchema(errorBody, "output") } },
      };
    }
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      summary: op.summary,
      tags: [op.tag],
      security: op.access.kind === "public" ? [] : [{ session: [] }],
      "x-mend-access": op.access.kind === "public" ? "public" : op.access.permission,
      parameters: parameters(op),
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Mend API",
      version: "1",
      description:
        "JSON API behind Mend's pages. Every call acts as the signed-in person (next-auth session cookie); state changes must carry this site's Origin. Errors have the shape { error: { code, message, requestId, details? } }.",
    },
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } } },
    paths,
  };
}
