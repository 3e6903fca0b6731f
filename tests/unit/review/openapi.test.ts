import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi";

// The prep, review and comment routes are in the OpenAPI document with the access they really
// require, and each has its route file.
const EXPECTED: [string, string, string][] = [
  ["get", "/api/v1/prep/clients/{id}", "read:prep:own"],
  ["get", "/api/v1/prep/couples/{id}", "read:prep:own"],
  ["post", "/api/v1/assignments/{id}/review", "review:assignment:own"],
  ["get", "/api/v1/assignments/{id}/comments", "read:assignment:own"],
  ["post", "/api/v1/assignments/{id}/comments", "review:assignment:own"],
];

describe("review and prep routes in the OpenAPI document", () => {
  const doc = buildOpenApiDocument();

  it.each(EXPECTED)("%s %s requires %s", (method, route, access) => {
    const op = (doc.paths[route] as Record<string, Record<string, unknown>> | undefined)?.[method];
    expect(op, `${method} ${route}`).toBeDefined();
    expect(op!["x-mend-access"]).toBe(access);
    const success = method === "post" && route.endsWith("/comments") ? "201" : "200";
    expect(Object.keys(op!.responses as object)).toEqual(expect.arrayContaining([success, "401", "403", "404"]));
    const file = path.join(process.cwd(), "app", route.replace(/\{(\w+)\}/g, "[$1]").replace(/^\//, ""), "route.ts");
    expect(existsSync(file), file).toBe(true);
  });

  it("describes the review body: the two actions and the note", () => {
    const review = (doc.paths["/api/v1/assignments/{id}/review"] as Record<string, { requestBody: { content: { "application/json": { schema: { properties: Record<string, { enum?: string[] }> } } } } }>).post!;
    const schema = review.requestBody.content["application/json"].schema;
    expect(schema.properties.action?.enum).toEqual(["reviewed", "revision"]);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["action", "note", "recipientId"]));
  });
});
