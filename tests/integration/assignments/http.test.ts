import { beforeEach, describe, expect, it, vi } from "vitest";
import { testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { createScenario, actorFor } from "../../support/factories";
import { assignmentScenario, assignSlowingDown, inAWeek, WAS_HURT } from "./support";

// The assignment routes over HTTP, through the typed API client: the same handlers the app serves,
// with the session mocked. They check what only the route layer does: status codes, the 409 body,
// the size limit, Origin, and that an id the actor may not know is a 404 while an action the role
// may not take is a 403.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });

beforeEach(() => {
  signInForRoutes(null);
});

describe("assignment routes", () => {
  it("create, read, list with a cursor, and change over HTTP", async () => {
    const s = await assignmentScenario();
    signInForRoutes(s.actors.clinician);
    const created = await api.POST("/api/v1/assignments", {
      body: {
        exercise: "weekly-trust-check-in",
        clientId: s.client.id,
        dueAt: inAWeek(),
        repeatWeeklyUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    });
    expect(created.response.status).toBe(201);
    const body = created.data!;
    expect(body.items.length).toBeGreaterThan(1);

    const page1 = await api.GET("/api/v1/assignments", { params: { query: { limit: 2, sort: "dueAt" } } });
    const json1 = page1.data!;
    expect(json1.items.map((i) => i.id)).toEqual(body.items.slice(0, 2).map((i) => i.id));
    const page2 = await api.GET("/api/v1/assignments", {
      params: { query: { limit: 2, sort: "dueAt", cursor: json1.nextCursor! } },
    });
    expect(page2.data!.items[0]!.id).toBe(body.items[2]!.id);

    const first = body.items[0]!.id;
    const patched = await api.PATCH("/api/v1/assignments/{id}", { ...id(first), body: { withdraw: true } });
    expect(patched.response.status).toBe(200);
    expect(patched.data!.status).toBe("WITHDRAWN");
    const again = await api.PATCH("/api/v1/assignments/{id}", { ...id(first), body: { dueAt: inAWeek() } });
    expect(again.response.status).toBe(409);
  });

  it("refuses: client assigning (403), unknown ids (404), a missing Origin (403), signed out (401)", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    const assign = await api.POST("/api/v1/assignments", {
      body: { exercise: "weekly-trust-check-in", clientId: s.client.id, dueAt: inAWeek() },
    });
    expect(assign.response.status).toBe(403);
    const withdraw = await api.PATCH("/api/v1/assignments/{id}", { ...id(a.id), body: { withdraw: true } });
    expect(withdraw.response.status).toBe(403);

    const other = await createScenario();
    signInForRoutes(actorFor(other.clinician));
    for (const res of [
      await api.GET("/api/v1/assignments/{id}", id(a.id)),
      await api.GET("/api/v1/assignments/{id}/response", id(a.id)),
    ]) {
      expect(res.response.status).toBe(404);
      expect(JSON.stringify(res.error)).not.toContain(s.actors.alex.userId);
    }

    signInForRoutes(s.actors.alex);
    const noOrigin = await api.PUT("/api/v1/assignments/{id}/response", {
      ...id(a.id),
      body: { version: 0, answers: {} },
      headers: { origin: null },
    });
    expect(noOrigin.response.status).toBe(403);

    signInForRoutes(null);
    expect((await api.GET("/api/v1/assignments/{id}/response", id(a.id))).response.status).toBe(401);
  });

  it("answers a stale save with 409 and the current answers, an oversized one with 413", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    const first = await api.PUT("/api/v1/assignments/{id}/response", {
      ...id(a.id),
      body: { version: 0, answers: { "feelings-in-words": { value: "phone", shared: false } } },
    });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({ version: 1, state: "IN_PROGRESS" });
    const stale = await api.PUT("/api/v1/assignments/{id}/response", {
      ...id(a.id),
      body: { version: 0, answers: { "feelings-in-words": { value: "laptop", shared: false } } },
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error).toMatchObject({
      error: {
        code: "conflict",
        details: {
          reason: "stale",
          version: 1,
          answers: { "feelings-in-words": { value: "phone", shared: false } },
        },
      },
    });

    const tooLarge = await api.PUT("/api/v1/assignments/{id}/response", {
      ...id(a.id),
      body: {
        version: 1,
        answers: { "feelings-in-words": { value: "x".repeat(210 * 1024), shared: false } },
      },
    });
    expect(tooLarge.response.status).toBe(413);

    const submitted = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: 1, answers: WAS_HURT },
    });
    expect(submitted.response.status).toBe(200);
    expect(submitted.data).toMatchObject({ revision: 1, state: "SUBMITTED" });
    const incomplete = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: 2, answers: { readiness: { value: "ready", shared: false } } },
    });
    expect(incomplete.response.status).toBe(422);
    expect(incomplete.error).toMatchObject({ error: { details: { reason: "incomplete" } } });
  });
});
