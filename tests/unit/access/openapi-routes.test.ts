import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi";

// The invitation, licence, jurisdiction, caseload and location routes are in the OpenAPI document
// with the access they really require, and each has its route file.
const EXPECTED: [string, string, string][] = [
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
];

describe("access routes in the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it.each(EXPECTED)("%s %s requires %s", (method, route, access) => {
    const op = (doc.paths[route] as Record<string, Record<string, unknown>> | undefined)?.[method];
    expect(op, `${method} ${route}`).toBeDefined();
    expect(op!["x-mend-access"]).toBe(access);
    const file = path.join(
      process.cwd(),
      "app",
      route.replace(/\{(\w+)\}/g, "[$1]").replace(/^\//, ""),
      "route.ts",
    );
    expect(existsSync(file), file).toBe(true);
  });

  it("documents the 422 that explains a jurisdiction refusal", () => {
    const check = (
      doc.paths["/api/v1/jurisdiction/check"] as Record<string, { responses: Record<string, unknown> }>
    ).get!;
    expect(Object.keys(check.responses)).toEqual(expect.arrayContaining(["200", "404", "422"]));
  });
});
