import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { apiRequest, routeParams, signInForRoutes, TEST_ORIGIN } from "../../support/route-session";
import { customDefinition, libraryScenario } from "./helpers";

// The routes as a browser calls them: the session is the one thing stood in for (who is signed in);
// permission checks, Origin checks, parsing and error mapping are the real ones.
vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const { GET: listRoute, POST: createRoute } = await import("@/app/api/v1/exercises/route");
const { GET: getRoute, PATCH: patchRoute } = await import("@/app/api/v1/exercises/[slug]/route");

function request(method: string, url: string, body?: unknown, origin: string | null = TEST_ORIGIN) {
  return apiRequest(method, url, body, origin ? { origin } : {});
}

const noParams = routeParams({});
const slugParams = (slug: string) => routeParams({ slug });

async function call(response: Promise<Response>) {
  const res = await response;
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: { code: string; details?: unknown } } };
}

beforeEach(() => {
  signInForRoutes(null);
});

describe("GET /api/v1/exercises", () => {
  it("lists with filters from the query string", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const { status, body } = await call(listRoute(request("GET", "/api/v1/exercises?section=slowing-down&audience=couple&maxMinutes=30&q=partner"), noParams));
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 1, page: 1, nextPage: null, items: [{ slug: "slowing-down", version: 1 }] });
  });

  it("answers 400 with the field for a bad filter, 401 signed out, 403 for clients", async () => {
    const s = await libraryScenario();
    signInForRoutes(s.owner);
    const bad = await call(listRoute(request("GET", "/api/v1/exercises?audience=family"), noParams));
    expect(bad.status).toBe(400);
    expect(bad.body.error?.details).toEqual([expect.objectContaining({ path: "audience" })]);
    expect((await call(listRoute(request("GET", "/api/v1/exercises?pageSize=1000"), noParams))).status).toBe(400);

    signInForRoutes(null);
    expect((await call(listRoute(request("GET", "/api/v1/exercises"), noParams))).status).toBe(401);
    signInForRoutes(s.client);
    expect((await call(listRoute(request("GET", "/api/v1/exercises"), noParams))).status).toBe(403);
    expect((await call(getRoute(request("GET", "/api/v1/exercises/slowing-down"), slugParams("slowing-down")))).status).toBe(403);
  });
});

describe("GET /api/v1/exercises/{slug}", () => {
  it("returns the definition and version history; 404 for an unknown version or slug; 400 for a malformed slug", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const ok = await call(getRoute(request("GET", "/api/v1/exercises/slowing-down"), slugParams("slowing-down")));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ slug: "slowing-down", canEdit: false, shown: { version: 1 }, definition: { slug: "slowing-down" } });
    expect((await call(getRoute(request("GET", "/api/v1/exercises/slowing-down?version=1"), slugParams("slowing-down")))).status).toBe(200);
    expect((await call(getRoute(request("GET", "/api/v1/exercises/slowing-down?version=99"), slugParams("slowing-down")))).status).toBe(404);
    expect((await call(getRoute(request("GET", "/api/v1/exercises/nope"), slugParams("nope")))).status).toBe(404);
    const malformed = await call(getRoute(request("GET", "/api/v1/exercises/Bad_Slug"), slugParams("Bad_Slug")));
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.details).toEqual([expect.objectContaining({ path: "slug" })]);
  });
});

describe("POST and PATCH /api/v1/exercises", () => {
  it("duplicates (201), edits into version 2, and reads both versions back", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const created = await call(createRoute(request("POST", "/api/v1/exercises", { basedOn: "slowing-down" }), noParams));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: "slowing-down-copy", version: 1, versionCreated: true, canEdit: true });

    const definition = structuredClone(created.body.definition) as { perspectives: { prompts: { label: string }[] }[] };
    definition.perspectives[0]!.prompts[0]!.label = "What are you feeling as you read this?";
    const patched = await call(
      patchRoute(request("PATCH", "/api/v1/exercises/slowing-down-copy", { definition, expectedVersion: 1 }), slugParams("slowing-down-copy")),
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, versionCreated: true });

    const v1 = await call(getRoute(request("GET", "/api/v1/exercises/slowing-down-copy?version=1"), slugParams("slowing-down-copy")));
    expect(v1.body).toMatchObject({ version: 2, shown: { version: 1 } });
    expect(JSON.stringify(v1.body.definition)).not.toContain("What are you feeling as you read this?");
  });

  it("answers 400 for a malformed body, 422 with the field for an invalid definition, 409 for a taken slug", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const empty = await call(createRoute(request("POST", "/api/v1/exercises", {}), noParams));
    expect(empty.status).toBe(400);
    expect(empty.body.error?.details).toEqual([expect.objectContaining({ path: "definition" })]);
    expect((await call(createRoute(request("POST", "/api/v1/exercises", { basedOn: "slowing-down", extra: 1 }), noParams))).status).toBe(400);

    const invalid = await call(
      createRoute(request("POST", "/api/v1/exercises", { definition: customDefinition({ estimatedMinutes: 0 }) }), noParams),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toMatchObject({ code: "unprocessable", details: [{ path: "definition.estimatedMinutes" }] });

    const taken = await call(
      createRoute(request("POST", "/api/v1/exercises", { definition: customDefinition({ slug: "slowing-down" }) }), noParams),
    );
    expect(taken.status).toBe(409);
  });

  it("refuses state changes without this site's Origin, and edits to exercises that are not yours", async () => {
    const s = await libraryScenario();
    signInForRoutes(s.owner);
    const noOrigin = await call(createRoute(request("POST", "/api/v1/exercises", { basedOn: "slowing-down" }, null), noParams));
    expect(noOrigin.status).toBe(403);
    const foreign = await call(createRoute(request("POST", "/api/v1/exercises", { basedOn: "slowing-down" }, "https://evil.example"), noParams));
    expect(foreign.status).toBe(403);

    const created = await call(createRoute(request("POST", "/api/v1/exercises", { definition: customDefinition(), shared: true }), noParams));
    expect(created.status).toBe(201);

    signInForRoutes(s.colleague);
    const colleague = await call(patchRoute(request("PATCH", "/api/v1/exercises/evening-wind-down", { shared: false }), slugParams("evening-wind-down")));
    expect(colleague.status).toBe(403);
    signInForRoutes(s.outsider);
    const outsider = await call(patchRoute(request("PATCH", "/api/v1/exercises/evening-wind-down", { shared: false }), slugParams("evening-wind-down")));
    expect(outsider.status).toBe(404);
    signInForRoutes(s.client);
    const client = await call(patchRoute(request("PATCH", "/api/v1/exercises/evening-wind-down", { shared: false }), slugParams("evening-wind-down")));
    expect(client.status).toBe(403);
  });
});

describe("OpenAPI", () => {
  it("documents the four exercise operations with their permissions", () => {
    const doc = buildOpenApiDocument();
    const paths = doc.paths as Record<string, Record<string, { "x-mend-access": string }>>;
    expect(paths["/api/v1/exercises"]?.get?.["x-mend-access"]).toBe("read:exercise");
    expect(paths["/api/v1/exercises"]?.post?.["x-mend-access"]).toBe("write:exercise:own");
    expect(paths["/api/v1/exercises/{slug}"]?.get?.["x-mend-access"]).toBe("read:exercise");
    expect(paths["/api/v1/exercises/{slug}"]?.patch?.["x-mend-access"]).toBe("write:exercise:own");
  });
});
