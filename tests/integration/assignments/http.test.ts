import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { apiRequest, routeParams, signInForRoutes } from "../../support/route-session";
import { createScenario, actorFor } from "../../support/factories";
import { assignmentScenario, assignSlowingDown, inAWeek, WAS_HURT } from "./support";

// The assignment routes over HTTP: the same handlers the app serves, with the session mocked. They
// check what only the route layer does: status codes, the 409 body, the size limit, Origin, and
// that an id the actor may not know is a 404 while an action the role may not take is a 403.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const listRoute = await import("@/app/api/v1/assignments/route");
const itemRoute = await import("@/app/api/v1/assignments/[id]/route");
const responseRoute = await import("@/app/api/v1/assignments/[id]/response/route");
const submitRoute = await import("@/app/api/v1/assignments/[id]/submit/route");

const request = apiRequest;
const params = (id: string) => routeParams({ id });
const none = routeParams({});

beforeEach(() => {
  signInForRoutes(null);
});

describe("assignment routes", () => {
  it("create, read, list with a cursor, and change over HTTP", async () => {
    const s = await assignmentScenario();
    signInForRoutes(s.actors.clinician);
    const created = await listRoute.POST(
      request("POST", "/api/v1/assignments", {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        dueAt: inAWeek(),
        repeatWeeklyUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      }),
      none,
    );
    expect(created.status).toBe(201);
    const body = (await created.json()) as { items: { id: string }[]; seriesId: string };
    expect(body.items.length).toBeGreaterThan(1);

    const page1 = await listRoute.GET(request("GET", "/api/v1/assignments?limit=2&sort=dueAt"), none);
    const json1 = (await page1.json()) as { items: { id: string }[]; nextCursor: string };
    expect(json1.items.map((i) => i.id)).toEqual(body.items.slice(0, 2).map((i) => i.id));
    const page2 = await listRoute.GET(request("GET", `/api/v1/assignments?limit=2&sort=dueAt&cursor=${json1.nextCursor}`), none);
    expect(((await page2.json()) as { items: { id: string }[] }).items[0]!.id).toBe(body.items[2]!.id);

    const id = body.items[0]!.id;
    const patched = await itemRoute.PATCH(request("PATCH", `/api/v1/assignments/${id}`, { withdraw: true }), params(id));
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { status: string }).status).toBe("WITHDRAWN");
    const again = await itemRoute.PATCH(request("PATCH", `/api/v1/assignments/${id}`, { dueAt: inAWeek() }), params(id));
    expect(again.status).toBe(409);
  });

  it("refuses: client assigning (403), unknown ids (404), a missing Origin (403), signed out (401)", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    const assign = await listRoute.POST(
      request("POST", "/api/v1/assignments", { exercise: "weekly-trust-check-in", clientId: s.client.id, dueAt: inAWeek() }),
      none,
    );
    expect(assign.status).toBe(403);
    const withdraw = await itemRoute.PATCH(request("PATCH", `/api/v1/assignments/${a.id}`, { withdraw: true }), params(a.id));
    expect(withdraw.status).toBe(403);

    const other = await createScenario();
    signInForRoutes(actorFor(other.clinician));
    for (const res of [
      await itemRoute.GET(request("GET", `/api/v1/assignments/${a.id}`), params(a.id)),
      await responseRoute.GET(request("GET", `/api/v1/assignments/${a.id}/response`), params(a.id)),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(s.actors.alex.userId);
    }

    signInForRoutes(s.actors.alex);
    const noOrigin = await responseRoute.PUT(request("PUT", `/api/v1/assignments/${a.id}/response`, { version: 0, answers: {} }, {}), params(a.id));
    expect(noOrigin.status).toBe(403);

    signInForRoutes(null);
    expect((await responseRoute.GET(request("GET", `/api/v1/assignments/${a.id}/response`), params(a.id))).status).toBe(401);
  });

  it("answers a stale save with 409 and the current answers, an oversized one with 413", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    const first = await responseRoute.PUT(
      request("PUT", `/api/v1/assignments/${a.id}/response`, { version: 0, answers: { "feelings-in-words": { value: "phone", shared: false } } }),
      params(a.id),
    );
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ version: 1, state: "IN_PROGRESS" });
    const stale = await responseRoute.PUT(
      request("PUT", `/api/v1/assignments/${a.id}/response`, { version: 0, answers: { "feelings-in-words": { value: "laptop", shared: false } } }),
      params(a.id),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: "conflict", details: { reason: "stale", version: 1, answers: { "feelings-in-words": { value: "phone", shared: false } } } },
    });

    const huge = JSON.stringify({ version: 1, answers: { "feelings-in-words": { value: "x".repeat(210 * 1024), shared: false } } });
    const tooLarge = await responseRoute.PUT(request("PUT", `/api/v1/assignments/${a.id}/response`, huge), params(a.id));
    expect(tooLarge.status).toBe(413);

    const submitted = await submitRoute.POST(request("POST", `/api/v1/assignments/${a.id}/submit`, { version: 1, answers: WAS_HURT }), params(a.id));
    expect(submitted.status).toBe(200);
    expect(await submitted.json()).toMatchObject({ revision: 1, state: "SUBMITTED" });
    const incomplete = await submitRoute.POST(
      request("POST", `/api/v1/assignments/${a.id}/submit`, { version: 2, answers: { readiness: { value: "ready", shared: false } } }),
      params(a.id),
    );
    expect(incomplete.status).toBe(422);
    expect(await incomplete.json()).toMatchObject({ error: { details: { reason: "incomplete" } } });
  });

  it("are all in the OpenAPI document", () => {
    const doc = buildOpenApiDocument();
    expect(Object.keys(doc.paths["/api/v1/assignments"] ?? {}).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/assignments/{id}"] ?? {}).sort()).toEqual(expect.arrayContaining(["get", "patch"]));
    expect(Object.keys(doc.paths["/api/v1/assignments/{id}/response"] ?? {}).sort()).toEqual(["get", "put"]);
    expect(Object.keys(doc.paths["/api/v1/assignments/{id}/submit"] ?? {})).toEqual(["post"]);
    expect(Object.keys((doc.paths["/api/v1/assignments/{id}/response"]!.put as { responses: object }).responses)).toEqual(
      expect.arrayContaining(["200", "409", "413"]),
    );
  });
});
