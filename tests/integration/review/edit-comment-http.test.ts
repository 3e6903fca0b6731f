import { beforeEach, describe, expect, it, vi } from "vitest";
import { commentDto } from "@/lib/review/schemas";
import { testApiClient } from "../../support/api-client";
import { actorFor, createClinician } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";
import { WAS_HURT, giveSlowingDown, recipientIdOf, reviewScenario, send } from "./support";

// PATCH and DELETE /api/v1/comments/{id} over HTTP, through the typed client: documented shapes, the
// refusals (403 for clients, 404 for another clinician) and body validation.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });

beforeEach(() => signInForRoutes(null));

describe("comment correction routes", () => {
  it("edit then withdraw as the author; refused to a client and to another clinician", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);

    signInForRoutes(s.actors.clinician);
    const created = await api.POST("/api/v1/assignments/{id}/comments", {
      ...id(a.id),
      body: { kind: "FEEDBACK", body: "Thank you.", recipientId: alexCopy },
    });
    const commentId = commentDto.parse(created.data).id;

    signInForRoutes(s.actors.alex);
    expect(
      (await api.PATCH("/api/v1/comments/{id}", { ...id(commentId), body: { body: "x" } })).response.status,
    ).toBe(403);
    expect((await api.DELETE("/api/v1/comments/{id}", id(commentId))).response.status).toBe(403);

    signInForRoutes(actorFor(await createClinician(s.practice.id)));
    expect(
      (await api.PATCH("/api/v1/comments/{id}", { ...id(commentId), body: { body: "x" } })).response.status,
    ).toBe(404);
    expect((await api.DELETE("/api/v1/comments/{id}", id(commentId))).response.status).toBe(404);

    signInForRoutes(s.actors.clinician);
    const empty = await api.PATCH("/api/v1/comments/{id}", { ...id(commentId), body: { body: "  " } });
    expect(empty.response.status).toBe(400);
    const edited = await api.PATCH("/api/v1/comments/{id}", {
      ...id(commentId),
      body: { body: "Thank you, truly." },
    });
    expect(edited.response.status).toBe(200);
    expect(commentDto.parse(edited.data)).toMatchObject({
      body: "Thank you, truly.",
      editedAt: expect.any(String),
    });

    const withdrawn = await api.DELETE("/api/v1/comments/{id}", id(commentId));
    expect(withdrawn.response.status).toBe(200);
    expect(commentDto.parse(withdrawn.data)).toMatchObject({
      withdrawnAt: expect.any(String),
      visibleTo: [],
    });
    expect((await api.DELETE("/api/v1/comments/{id}", id(commentId))).response.status).toBe(409);
  });
});
