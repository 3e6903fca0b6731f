import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/policy/permissions";
import { meOperations } from "@/lib/me/operations";
import { authOperations } from "@/lib/auth/operations";
import { peopleOperations } from "@/lib/people/operations";
import { exerciseOperations } from "@/lib/exercises/operations";
import { clientOperations } from "@/lib/clients/operations";
import { safetyOperations } from "@/lib/safety/operations";
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
import { messageOperations } from "@/lib/messages/operations";
import { practiceOperations } from "@/lib/practice/operations";
import { dischargeOperations } from "@/lib/discharge/operations";
import { errorBody, type Operation } from "./operation";
import { API_TAGS } from "./tags";

// Every /api/v1 operation, by feature. A route handler is built from one of these objects, and the
// request-level security suite walks this list, so a route missing here fails the tests.
export const API_OPERATIONS: readonly Operation[] = [
  ...meOperations,
  ...exerciseOperations,
  ...invitationOperations,
  ...licenceOperations,
  ...jurisdictionOperations,
  ...clientOperations,
  ...safetyOperations,
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
  ...messageOperations,
  ...practiceOperations,
  ...dischargeOperations,
];

const STATUS_TEXT: Record<number, string> = {
  400: "Invalid input",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found (or not visible to you)",
  409: "Conflict with the current state",
  413: "Request too large",
  422: "Refused by a business rule",
  429: "Too many attempts: wait the seconds in Retry-After",
  500: "Unexpected error (nothing is leaked; quote the request id)",
};

const ERROR_REF = { $ref: "#/components/schemas/Error" };

// Every throttled answer carries Retry-After (lib/http/handle.ts sets it from the rate limiter).
const RETRY_AFTER = {
  "Retry-After": {
    description: "Seconds to wait before trying again",
    required: true,
    schema: { type: "integer", minimum: 1 },
  },
};

function jsonSchema(schema: z.ZodType, io: "input" | "output") {
  // Each schema is embedded in the document, so its own "$schema" line would only repeat the dialect.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  });
  return rest;
}

function parameters(op: Operation) {
  const list: object[] = [];
  for (const [where, schema] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!schema || !(schema instanceof z.ZodObject)) continue;
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      list.push({
        name,
        in: where,
        required: where === "path" || !field.safeParse(undefined).success,
        schema: jsonSchema(field, "input"),
      });
    }
  }
  return list;
}

/** Who may call it, in words: the description every operation carries next to its summary. */
function accessText(op: Operation): string {
  if (op.access.kind === "public") return "Open to anyone, signed in or not.";
  const { permission } = op.access;
  const roles = Object.values(Role).filter((role) => can({ role }, permission));
  return `Needs the \`${permission}\` permission (roles: ${roles.join(", ")}); which records it reaches depends on who asks.`;
}

function responses(op: Operation) {
  const statuses = new Set([
    400,
    500,
    ...(op.access.kind === "public" ? [] : [401, 403]),
    ...(op.errors ?? []),
  ]);
  if (op.method !== "GET") statuses.add(403);
  const result: Record<string, object> = {
    [String(op.successStatus ?? 200)]: {
      description: "Success",
      content: op.response
        ? {
            "application/json": { schema: jsonSchema(op.response, "output") },
            ...(op.produces?.includes("text/csv") ? { "text/csv": { schema: { type: "string" } } } : {}),
          }
        : op.produces?.length
          ? Object.fromEntries(op.produces.map((type) => [type, { schema: { type: "string" } }]))
          : { "application/json": { schema: {} } },
    },
  };
  for (const status of [...statuses].sort()) {
    result[String(status)] = {
      description: STATUS_TEXT[status] ?? "Error",
      ...(status === 429 ? { headers: RETRY_AFTER } : {}),
      content: { "application/json": { schema: ERROR_REF } },
    };
  }
  return result;
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, object>> = {};
  for (const op of API_OPERATIONS) {
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: op.summary,
      description: accessText(op),
      tags: [op.tag],
      security: op.access.kind === "public" ? [] : [{ session: [] }],
      "x-mend-access": op.access.kind === "public" ? "public" : op.access.permission,
      parameters: parameters(op),
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(op.body, "input") } },
            },
          }
        : {}),
      responses: responses(op),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Mend API",
      version: "1",
      description:
        "JSON API behind Mend's pages. Every call acts as the signed-in person (next-auth session cookie); state changes must carry this site's Origin. Errors have the shape { error: { code, message, requestId, details? } }.",
      contact: { name: "Mend security contact", email: "security@mend.example" },
      license: { name: "Proprietary" },
    },
    // Paths are absolute from the origin of the Mend instance serving this document.
    servers: [{ url: "/", description: "This Mend instance" }],
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
      schemas: { Error: jsonSchema(errorBody, "output") },
    },
    paths,
  };
}
