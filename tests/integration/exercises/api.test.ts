import { beforeEach, describe, expect, it, vi } from "vitest";
import { sendRaw, settle, testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { customDefinition, libraryScenario } from "./support";

// The routes as a browser calls them, through the typed API client: the session is the one thing
// stood in for (who is signed in); permission checks, Origin checks, parsing and error mapping are
// the real ones.
vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const slug = (value: string) => ({ params: { path: { slug: value } } });
const slugAt = (value: string, version: number) => ({
  params: { path: { slug: value }, query: { version } },
});

beforeEach(() => {
  signInForRoutes(null);
});

describe("GET /api/v1/exercises", () => {
  it("lists with filters from the query string", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const { status, body } = await settle(
      api.GET("/api/v1/exercises", {
        params: { query: { section: "slowing-down", audience: "couple", maxMinutes: 30, q: "partner" } },
      }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      total: 1,
      page: 1,
      nextPage: null,
      items: [{ slug: "slowing-down", version: 1 }],
    });
  });

  it("answers 400 with the field for a bad filter, 401 signed out, 403 for clients", async () => {
    const s = await libraryScenario();
    signInForRoutes(s.owner);
    // A filter outside the documented values: a raw request, which the typed client would not build.
    const bad = await settle(
      sendRaw("GET", "/api/v1/exercises?audience=family").then(async (response) => ({
        error: await response.json(),
        response,
      })),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error?.details).toEqual([expect.objectContaining({ path: "audience" })]);
    expect(
      (await settle(api.GET("/api/v1/exercises", { params: { query: { pageSize: 1000 } } }))).status,
    ).toBe(400);

    signInForRoutes(null);
    expect((await settle(api.GET("/api/v1/exercises"))).status).toBe(401);
    signInForRoutes(s.client);
    expect((await settle(api.GET("/api/v1/exercises"))).status).toBe(403);
    expect((await settle(api.GET("/api/v1/exercises/{slug}", slug("slowing-down")))).status).toBe(403);
  });
});

describe("GET /api/v1/exercises/{slug}", () => {
  it("returns the definition and version history; 404 for an unknown version or slug; 400 for a malformed slug", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const ok = await settle(api.GET("/api/v1/exercises/{slug}", slug("slowing-down")));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      slug: "slowing-down",
      canEdit: false,
      shown: { version: 1 },
      definition: { slug: "slowing-down" },
    });
    expect((await settle(api.GET("/api/v1/exercises/{slug}", slugAt("slowing-down", 1)))).status).toBe(200);
    expect((await settle(api.GET("/api/v1/exercises/{slug}", slugAt("slowing-down", 99)))).status).toBe(404);
    expect((await settle(api.GET("/api/v1/exercises/{slug}", slug("nope")))).status).toBe(404);
    const malformed = await settle(api.GET("/api/v1/exercises/{slug}", slug("Bad_Slug")));
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.details).toEqual([expect.objectContaining({ path: "slug" })]);
  });
});

describe("POST and PATCH /api/v1/exercises", () => {
  it("duplicates (201), edits into version 2, and reads both versions back", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const created = await settle(api.POST("/api/v1/exercises", { body: { basedOn: "slowing-down" } }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: "slowing-down-copy",
      version: 1,
      versionCreated: true,
      canEdit: true,
    });

    const definition = structuredClone(created.body.definition) as {
      perspectives: { prompts: { label: string }[] }[];
    };
    definition.perspectives[0]!.prompts[0]!.label = "What are you feeling as you read this?";
    const patched = await settle(
      api.PATCH("/api/v1/exercises/{slug}", {
        ...slug("slowing-down-copy"),
        body: { definition, expectedVersion: 1 },
      }),
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, versionCreated: true });

    const v1 = await settle(api.GET("/api/v1/exercises/{slug}", slugAt("slowing-down-copy", 1)));
    expect(v1.body).toMatchObject({ version: 2, shown: { version: 1 } });
    expect(JSON.stringify(v1.body.definition)).not.toContain("What are you feeling as you read this?");
  });

  it("answers 400 for a malformed body, 422 with the field for an invalid definition, 409 for a taken slug", async () => {
    signInForRoutes((await libraryScenario()).owner);
    const empty = await settle(api.POST("/api/v1/exercises", { body: {} }));
    expect(empty.status).toBe(400);
    expect(empty.body.error?.details).toEqual([expect.objectContaining({ path: "definition" })]);
    // An undocumented field: a raw request, which the typed client would not build.
    expect((await sendRaw("POST", "/api/v1/exercises", { basedOn: "slowing-down", extra: 1 })).status).toBe(
      400,
    );

    const invalid = await settle(
      api.POST("/api/v1/exercises", { body: { definition: customDefinition({ estimatedMinutes: 0 }) } }),
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toMatchObject({
      code: "unprocessable",
      details: [{ path: "definition.estimatedMinutes" }],
    });

    const taken = await settle(
      api.POST("/api/v1/exercises", { body: { definition: customDefinition({ slug: "slowing-down" }) } }),
    );
    expect(taken.status).toBe(409);
  });

  it("refuses state changes without this site's Origin, and edits to exercises that are not yours", async () => {
    const s = await libraryScenario();
    signInForRoutes(s.owner);
    const noOrigin = await settle(
      api.POST("/api/v1/exercises", { body: { basedOn: "slowing-down" }, headers: { origin: null } }),
    );
    expect(noOrigin.status).toBe(403);
    const foreign = await settle(
      api.POST("/api/v1/exercises", {
        body: { basedOn: "slowing-down" },
        headers: { origin: "https://evil.example" },
      }),
    );
    expect(foreign.status).toBe(403);

    const created = await settle(
      api.POST("/api/v1/exercises", { body: { definition: customDefinition(), shared: true } }),
    );
    expect(created.status).toBe(201);

    signInForRoutes(s.colleague);
    const colleague = await settle(
      api.PATCH("/api/v1/exercises/{slug}", { ...slug("evening-wind-down"), body: { shared: false } }),
    );
    expect(colleague.status).toBe(403);
    signInForRoutes(s.outsider);
    const outsider = await settle(
      api.PATCH("/api/v1/exercises/{slug}", { ...slug("evening-wind-down"), body: { shared: false } }),
    );
    expect(outsider.status).toBe(404);
    signInForRoutes(s.client);
    const client = await settle(
      api.PATCH("/api/v1/exercises/{slug}", { ...slug("evening-wind-down"), body: { shared: false } }),
    );
    expect(client.status).toBe(403);
  });
});
