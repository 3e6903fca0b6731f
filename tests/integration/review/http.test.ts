import { beforeEach, describe, expect, it, vi } from "vitest";
import { prepDto } from "@/lib/prep/schemas";
import { commentDto, commentListDto, reviewResultDto } from "@/lib/review/schemas";
import { sendRaw, testApiClient } from "../../support/api-client";
import { actorFor, createClinician } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";
import { CAUSED_HARM, WAS_HURT, giveSlowingDown, recipientIdOf, reviewScenario, send } from "./support";

// The review, comment and prep routes over HTTP, through the typed API client: the handlers the app
// serves, with only "who is signed in" replaced. What the route layer adds: status codes, Origin,
// body validation and size, and DTOs that match the documented schemas.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });

beforeEach(() => signInForRoutes(null));

describe("review and comment routes", () => {
  it("comment, list and review over HTTP, with the documented shapes", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await send(s.actors.sam, a.id, CAUSED_HARM);
    const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);

    signInForRoutes(s.actors.clinician);
    const created = await api.POST("/api/v1/assignments/{id}/comments", {
      ...id(a.id),
      body: { kind: "FEEDBACK", body: "Thank you.", recipientId: alexCopy, promptId: "feelings-in-words" },
    });
    expect(created.response.status).toBe(201);
    const comment = commentDto.parse(created.data);
    expect(comment.kind).toBe("FEEDBACK");
    expect(comment.visibleTo.map((p) => p.clientId).sort()).toEqual(
      [s.actors.alex.userId, s.actors.sam.userId].sort(),
    );
    await api.POST("/api/v1/assignments/{id}/comments", {
      ...id(a.id),
      body: { kind: "PRIVATE_NOTE", body: "Between us." },
    });

    const listed = commentListDto.parse((await api.GET("/api/v1/assignments/{id}/comments", id(a.id))).data);
    expect(listed.view === "clinician" && listed.comments.map((c) => c.body)).toEqual([
      "Thank you.",
      "Between us.",
    ]);

    const reviewed = await api.POST("/api/v1/assignments/{id}/review", {
      ...id(a.id),
      body: { action: "reviewed", note: "Well done, both." },
    });
    expect(reviewed.response.status).toBe(200);
    expect(reviewResultDto.parse(reviewed.data).recipients.map((r) => r.state)).toEqual([
      "REVIEWED",
      "REVIEWED",
    ]);

    signInForRoutes(s.actors.alex);
    const alexList = commentListDto.parse(
      (await api.GET("/api/v1/assignments/{id}/comments", id(a.id))).data,
    );
    expect(alexList).toEqual({
      view: "client",
      feedback: [
        expect.objectContaining({ body: "Thank you." }),
        expect.objectContaining({ body: "Well done, both." }),
      ],
    });
    expect(JSON.stringify(alexList)).not.toContain("Between us.");
  });

  it("refuses bad input, foreign origins, strangers and the wrong roles with the right status", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    const path = `/api/v1/assignments/${a.id}/review`;
    const review = (
      body: { action: "reviewed" | "revision"; recipientId?: string },
      headers?: { origin: string | null },
    ) => api.POST("/api/v1/assignments/{id}/review", { ...id(a.id), body, headers });

    expect((await review({ action: "reviewed" })).response.status).toBe(401);

    signInForRoutes(s.actors.clinician);
    expect((await review({ action: "reviewed" }, { origin: null })).response.status).toBe(403);
    expect((await review({ action: "reviewed" }, { origin: "https://evil.example" })).response.status).toBe(
      403,
    );
    // Bodies and ids outside the documented schema: raw requests, which the typed client would not build.
    expect((await sendRaw("POST", path, { action: "approve" })).status).toBe(400);
    const noNote = await review({ action: "revision" });
    expect(noNote.response.status).toBe(400);
    expect(JSON.stringify(noNote.error)).toContain("note");
    expect((await sendRaw("POST", path, { action: "reviewed", recipientId: { not: "" } })).status).toBe(400);
    expect(
      (await api.POST("/api/v1/assignments/{id}/review", { ...id("a b"), body: { action: "reviewed" } }))
        .response.status,
    ).toBe(400);
    const huge = await api.POST("/api/v1/assignments/{id}/comments", {
      ...id(a.id),
      body: { kind: "PRIVATE_NOTE", body: "x".repeat(30_000) },
    });
    expect(huge.response.status).toBe(413);
    const notYet = await review({
      action: "reviewed",
      recipientId: await recipientIdOf(a.id, s.actors.sam.userId),
    });
    expect(notYet.response.status).toBe(409);

    signInForRoutes(actorFor(await createClinician(s.practice.id)));
    expect((await review({ action: "reviewed" })).response.status).toBe(404);
    expect((await api.GET("/api/v1/assignments/{id}/comments", id(a.id))).response.status).toBe(404);

    for (const actor of [s.actors.alex, s.actors.admin]) {
      signInForRoutes(actor);
      expect((await review({ action: "reviewed" })).response.status).toBe(403);
      const comment = await api.POST("/api/v1/assignments/{id}/comments", {
        ...id(a.id),
        body: { kind: "FEEDBACK", body: "hi" },
      });
      expect(comment.response.status).toBe(403);
    }
    signInForRoutes(s.actors.admin);
    expect((await api.GET("/api/v1/assignments/{id}/comments", id(a.id))).response.status).toBe(403);
    signInForRoutes(s.actors.client);
    expect((await api.GET("/api/v1/assignments/{id}/comments", id(a.id))).response.status).toBe(404);
  });
});

describe("prep routes", () => {
  it("answer the clinician with the documented shape, and no one else", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    const couplePrep = () => api.GET("/api/v1/prep/couples/{id}", id(s.couple.id));

    signInForRoutes(s.actors.clinician);
    const couple = await couplePrep();
    expect(couple.response.status).toBe(200);
    expect(couple.response.headers.get("cache-control")).toBe("no-store");
    const parsed = prepDto.parse(couple.data);
    expect(parsed.assignments.map((x) => x.id)).toEqual([a.id]);
    const client = await api.GET("/api/v1/prep/clients/{id}", id(s.client.id));
    expect(prepDto.parse(client.data).subject).toMatchObject({ kind: "client", id: s.client.id });
    expect((await api.GET("/api/v1/prep/clients/{id}", id("a b"))).response.status).toBe(400);

    const elsewhere = await reviewScenario();
    signInForRoutes(elsewhere.actors.clinician);
    expect((await couplePrep()).response.status).toBe(404);
    expect((await api.GET("/api/v1/prep/clients/{id}", id(s.client.id))).response.status).toBe(404);
    for (const actor of [s.actors.alex, s.actors.admin]) {
      signInForRoutes(actor);
      expect((await couplePrep()).response.status).toBe(403);
    }
    signInForRoutes(null);
    expect((await couplePrep()).response.status).toBe(401);
  });
});
