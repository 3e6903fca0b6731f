import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi";

// The account, practice-security and people routes are in the OpenAPI document with the access they
// really require, and each has its route file exporting that method.
const EXPECTED: [string, string, string][] = [
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
  ["patch", "/api/v1/people/{id}/role", "manage:people"],
  ["post", "/api/v1/people/{id}/deactivate", "manage:people"],
  ["post", "/api/v1/people/{id}/reactivate", "manage:people"],
  ["post", "/api/v1/people/{id}/sign-out-everywhere", "manage:people"],
];

describe("account routes in the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it.each(EXPECTED)("%s %s requires %s", (method, route, access) => {
    const op = (doc.paths[route] as Record<string, Record<string, unknown>> | undefined)?.[method];
    expect(op, `${method} ${route}`).toBeDefined();
    expect(op!["x-mend-access"]).toBe(access);
    const file = path.join(process.cwd(), "app", route.replace(/\{(\w+)\}/g, "[$1]").replace(/^\//, ""), "route.ts");
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(new RegExp(`export const ${method.toUpperCase()} = handle\\(`));
  });

  it("documents the 429 of the link requests and the 422 of a refused reset", () => {
    const responses = (route: string) => Object.keys((doc.paths[route] as Record<string, { responses: Record<string, unknown> }>).post!.responses);
    expect(responses("/api/v1/auth/password-reset/request")).toEqual(expect.arrayContaining(["202", "429"]));
    expect(responses("/api/v1/auth/magic-link/request")).toEqual(expect.arrayContaining(["202", "429"]));
    expect(responses("/api/v1/auth/password-reset")).toEqual(expect.arrayContaining(["200", "422"]));
  });

  it("has one entry path per two-step step: the server actions, no API twin", () => {
    for (const step of ["setup", "confirm", "disable", "recovery-codes"]) {
      expect(doc.paths[`/api/v1/auth/two-factor/${step}`]).toBeUndefined();
      expect(existsSync(path.join(process.cwd(), "app/api/v1/auth/two-factor", step))).toBe(false);
    }
    const actions = readFileSync(path.join(process.cwd(), "lib/auth/two-factor/actions.ts"), "utf8");
    for (const name of ["beginTwoFactorSetupAction", "confirmTwoFactorSetupAction", "disableTwoFactorAction", "regenerateRecoveryCodesAction"]) {
      expect(actions).toMatch(new RegExp(`export const ${name} = action\\(`));
    }
  });
});
