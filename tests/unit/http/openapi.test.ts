import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSchemaTypes, SCHEMA_TYPES_FILE } from "@/lib/api-client/generate";
import { API_OPERATIONS, buildOpenApiDocument } from "@/lib/http/openapi";

// The OpenAPI document against the routes it describes: every operation has its route file, the
// access each route really requires is the one documented, the statuses a client must handle are
// there, and the committed client types are the ones this document generates.

type Doc = ReturnType<typeof buildOpenApiDocument>;
type DocOperation = {
  operationId: string;
  "x-mend-access": string;
  responses: Record<string, { headers?: Record<string, unknown> }>;
  requestBody?: {
    content: { "application/json": { schema: { properties: Record<string, { enum?: string[] }> } } };
  };
};

const doc = buildOpenApiDocument();

function operation(document: Doc, method: string, route: string): DocOperation | undefined {
  return (document.paths[route] as Record<string, DocOperation> | undefined)?.[method];
}

const routeFile = (route: string) =>
  path.join(process.cwd(), "app", route.replace(/\{(\w+)\}/g, "[$1]").replace(/^\//, ""), "route.ts");

// [method, path, access]: the permission each route requires, written out here a second time so a
// changed permission is a deliberate, reviewed change.
const EXPECTED_ACCESS: [string, string, string][] = [
  ["post", "/api/v1/auth/password-reset/request", "public"],
  ["post", "/api/v1/auth/password-reset", "public"],
  ["post", "/api/v1/auth/magic-link/request", "public"],
  ["post", "/api/v1/auth/password-check", "public"],
  ["post", "/api/v1/auth/password", "manage:account:own"],
  ["get", "/api/v1/auth/sessions", "manage:account:own"],
  ["post", "/api/v1/auth/sign-out-everywhere", "manage:account:own"],
  ["get", "/api/v1/auth/two-factor", "manage:two-factor:own"],
  ["get", "/api/v1/practice/security", "manage:practice"],
  ["patch", "/api/v1/practice/security", "manage:practice"],
  ["get", "/api/v1/practice/settings", "manage:practice"],
  ["patch", "/api/v1/practice/settings", "manage:practice"],
  ["post", "/api/v1/clients/{id}/discharge", "discharge:client"],
  ["post", "/api/v1/clients/{id}/readmit", "discharge:client"],
  ["post", "/api/v1/couples/{id}/discharge", "discharge:client"],
  ["post", "/api/v1/couples/{id}/readmit", "discharge:client"],
  ["post", "/api/v1/clients/{id}/close", "close:client"],
  ["patch", "/api/v1/people/{id}/role", "manage:people"],
  ["post", "/api/v1/people/{id}/deactivate", "manage:people"],
  ["post", "/api/v1/people/{id}/reactivate", "manage:people"],
  ["post", "/api/v1/people/{id}/sign-out-everywhere", "manage:people"],
  ["post", "/api/v1/invitations", "manage:invitation"],
  ["get", "/api/v1/invitations", "read:invitation"],
  ["post", "/api/v1/invitations/{id}/revoke", "manage:invitation"],
  ["post", "/api/v1/invitations/{id}/resend", "manage:invitation"],
  ["post", "/api/v1/invitations/accept", "public"],
  ["get", "/api/v1/licences", "read:licence"],
  ["post", "/api/v1/licences", "manage:licence:own"],
  ["patch", "/api/v1/licences/{id}", "manage:licence:own"],
  ["post", "/api/v1/licences/{id}/verify", "verify:licence"],
  ["get", "/api/v1/jurisdiction/check", "assign:exercise:own"],
  ["get", "/api/v1/clients", "read:caseload:own"],
  ["get", "/api/v1/clients/{id}", "read:caseload:own"],
  ["get", "/api/v1/me/location", "read:location:own"],
  ["post", "/api/v1/me/location", "write:location:own"],
  ["get", "/api/v1/exercises", "read:exercise"],
  ["post", "/api/v1/exercises", "write:exercise:own"],
  ["get", "/api/v1/exercises/{slug}", "read:exercise"],
  ["patch", "/api/v1/exercises/{slug}", "write:exercise:own"],
  ["get", "/api/v1/prep/clients/{id}", "read:prep:own"],
  ["get", "/api/v1/prep/couples/{id}", "read:prep:own"],
  ["post", "/api/v1/assignments/{id}/review", "review:assignment:own"],
  ["get", "/api/v1/assignments/{id}/comments", "read:assignment:own"],
  ["post", "/api/v1/assignments/{id}/comments", "review:assignment:own"],
];

// [method, path, statuses]: answers a client of the route must be ready for.
const EXPECTED_STATUSES: [string, string, string[]][] = [
  ["post", "/api/v1/auth/password-reset/request", ["202", "429"]],
  ["post", "/api/v1/auth/magic-link/request", ["202", "429"]],
  ["post", "/api/v1/auth/password-reset", ["200", "422"]],
  ["get", "/api/v1/jurisdiction/check", ["200", "404", "422"]],
  ["get", "/api/v1/prep/clients/{id}", ["200", "401", "403", "404"]],
  ["get", "/api/v1/prep/couples/{id}", ["200", "401", "403", "404"]],
  ["post", "/api/v1/assignments/{id}/review", ["200", "401", "403", "404"]],
  ["get", "/api/v1/assignments/{id}/comments", ["200", "401", "403", "404"]],
  ["post", "/api/v1/assignments/{id}/comments", ["201", "401", "403", "404"]],
  ["put", "/api/v1/assignments/{id}/response", ["200", "409", "413"]],
];

describe("the OpenAPI document", () => {
  it.each(API_OPERATIONS.map((op) => [op.method, op.path] as const))(
    "%s %s has a route file built with handle()",
    (method, route) => {
      const file = routeFile(route);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, "utf8")).toMatch(new RegExp(`export const ${method} = handle\\(`));
    },
  );

  it.each(EXPECTED_ACCESS)("%s %s requires %s", (method, route, access) => {
    const op = operation(doc, method, route);
    expect(op, `${method} ${route}`).toBeDefined();
    expect(op!["x-mend-access"]).toBe(access);
  });

  it.each(EXPECTED_STATUSES)("%s %s documents %j", (method, route, statuses) => {
    expect(Object.keys(operation(doc, method, route)!.responses)).toEqual(expect.arrayContaining(statuses));
  });

  it("lists every method of the assignment routes", () => {
    expect(Object.keys(doc.paths["/api/v1/assignments"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/assignments/{id}"] ?? {}).sort()).toEqual(
      expect.arrayContaining(["get", "patch"]),
    );
    expect(Object.keys(doc.paths["/api/v1/assignments/{id}/response"] ?? {}).sort()).toEqual(["get", "put"]);
    expect(Object.keys(doc.paths["/api/v1/assignments/{id}/submit"] ?? {})).toEqual(["post"]);
  });

  it("describes the review body: the two actions and the note", () => {
    const schema = operation(doc, "post", "/api/v1/assignments/{id}/review")!.requestBody!.content[
      "application/json"
    ].schema;
    expect(schema.properties.action?.enum).toEqual(["reviewed", "revision"]);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["action", "note", "recipientId"]));
  });

  it("gives every operation a unique camelCase operationId and a tag the document describes", () => {
    const ids = API_OPERATIONS.map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    const tags = new Set(doc.tags.map((tag) => tag.name));
    expect(API_OPERATIONS.filter((op) => !tags.has(op.tag)).map((op) => op.operationId)).toEqual([]);
  });

  it("documents Retry-After on every 429", () => {
    const throttled = API_OPERATIONS.filter((op) => op.errors?.includes(429));
    expect(throttled.length).toBeGreaterThan(0);
    for (const op of throttled) {
      expect(
        operation(doc, op.method.toLowerCase(), op.path)!.responses["429"]!.headers,
        op.operationId,
      ).toHaveProperty("Retry-After");
    }
  });

  it("has one entry path per two-step step: the server actions, no API twin", () => {
    for (const step of ["setup", "confirm", "disable", "recovery-codes"]) {
      expect(doc.paths[`/api/v1/auth/two-factor/${step}`]).toBeUndefined();
      expect(existsSync(path.join(process.cwd(), "app/api/v1/auth/two-factor", step))).toBe(false);
    }
    const actions = readFileSync(path.join(process.cwd(), "lib/auth/two-factor/actions.ts"), "utf8");
    for (const name of [
      "beginTwoFactorSetupAction",
      "confirmTwoFactorSetupAction",
      "disableTwoFactorAction",
      "regenerateRecoveryCodesAction",
    ]) {
      expect(actions).toMatch(new RegExp(`export const ${name} = action\\(`));
    }
  });

  it(`matches the committed client types (${SCHEMA_TYPES_FILE}; run \`npm run api:types\` after changing an operation)`, async () => {
    expect(await generateSchemaTypes()).toBe(readFileSync(SCHEMA_TYPES_FILE, "utf8"));
  });
});
