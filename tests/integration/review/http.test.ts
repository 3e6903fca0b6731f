import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prepDto } from "@/lib/prep/schemas";
import { commentDto, commentListDto, reviewResultDto } from "@/lib/review/schemas";
import { actorFor, createClinician } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";
import { CAUSED_HARM, WAS_HURT, giveSlowingDown, recipientIdOf, reviewScenario, send } from "./support";

// The review, comment and prep routes over HTTP: the handlers the app serves, with only "who is
// signed in" replaced. What the route layer adds: status codes, Origin, body validation and size,
// and DTOs that match the documented schemas.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const reviewRoute = await import("@/app/api/v1/assignments/[id]/review/route");
const commentsRoute = await import("@/app/api/v1/assignments/[id]/comments/route");
const couplePrepRoute = await import("@/app/api/v1/prep/couples/[id]/route");
const clientPrepRoute = await import("@/app/api/v1/prep/clients/[id]/route");

const ORIGIN = "http://localhost:3000";
function request(method: string, path: string, body?: unknown, headers: Record<string, string> = { origin: ORIGIN }) {
  return new NextRequest(new URL(path, ORIGIN), {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeEach(() => signInForRoutes(null));

describe("review and comment routes", () => {
  it("comment, list and review over HTTP, with the documented shapes", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await send(s.actors.sam, a.id, CAUSED_HARM);
    const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);

    signInForRoutes(s.actors.clinician);
    const created = await commentsRoute.POST(
      request("POST", `/api/v1/assignments/${a.id}/comments`, { kind: "FEEDBACK", body: "Thank you.", recipientId: alexCopy, promptId: "feelings-in-words" }),
      params(a.id),
    );
    expect(created.status).toBe(201);
    const comment = commentDto.parse(await created.json());
    expect(comment.kind).toBe("FEEDBACK");
    expect(comment.visibleTo.map((p) => p.clientId).sort()).toEqual([s.actors.alex.userId, s.actors.sam.userId].sort());
    await commentsRoute.POST(request("POST", `/api/v1/assignments/${a.id}/comments`, { kind: "PRIVATE_NOTE", body: "Between us." }), params(a.id));

    const listed = commentListDto.parse(await (await commentsRoute.GET(request("GET", `/api/v1/assignments/${a.id}/comments`), params(a.id))).json());
    expect(listed.view === "clinician" && listed.comments.map((c) => c.body)).toEqual(["Thank you.", "Between us."]);

    const reviewed = await reviewRoute.POST(request("POST", `/api/v1/assignments/${a.id}/review`, { action: "reviewed", note: "Well done, both." }), params(a.id));
    expect(reviewed.status).toBe(200);
    expect(reviewResultDto.parse(await reviewed.json()).recipients.map((r) => r.state)).toEqual(["REVIEWED", "REVIEWED"]);

    signInForRoutes(s.actors.alex);
    const alexList = commentListDto.parse(await (await commentsRoute.GET(request("GET", `/api/v1/assignments/${a.id}/comments`), params(a.id))).json());
    expect(alexList).toEqual({ view: "client", feedback: [expect.objectContaining({ body: "Thank you." }), expect.objectContaining({ body: "Well done, both." })] });
    expect(JSON.stringify(alexList)).not.toContain("Between us.");
  });

  it("refuses bad input, foreign origins, strangers and the wrong roles with the right status", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    const path = `/api/v1/assignments/${a.id}/review`;

    expect((await reviewRoute.POST(request("POST", path, { action: "reviewed" }), params(a.id))).status).toBe(401);

    signInForRoutes(s.actors.clinician);
    expect((await reviewRoute.POST(request("POST", path, { action: "reviewed" }, {}), params(a.id))).status).toBe(403);
    expect((await reviewRoute.POST(request("POST", path, { action: "reviewed" }, { origin: "https://evil.example" }), params(a.id))).status).toBe(403);
    expect((await reviewRoute.POST(request("POST", path, { action: "approve" }), params(a.id))).status).toBe(400);
    const noNote = await reviewRoute.POST(request("POST", path, { action: "revision" }), params(a.id));
    expect(noNote.status).toBe(400);
    expect(JSON.stringify(await noNote.json())).toContain("note");
    expect((await reviewRoute.POST(request("POST", path, { action: "reviewed", recipientId: { not: "" } }), params(a.id))).status).toBe(400);
    expect((await reviewRoute.POST(request("POST", "/api/v1/assignments/x/review", { action: "reviewed" }), params("a b"))).status).toBe(400);
    const huge = await commentsRoute.POST(request("POST", `/api/v1/assignments/${a.id}/comments`, { kind: "PRIVATE_NOTE", body: "x".repeat(30_000) }), params(a.id));
    expect(huge.status).toBe(413);
    const notYet = await reviewRoute.POST(request("POST", path, { action: "reviewed", recipientId: await recipientIdOf(a.id, s.actors.sam.userId) }), params(a.id));
    expect(notYet.status).toBe(409);

    signInForRoutes(actorFor(await createClinician(s.practice.id)));
    expect((await reviewRoute.POST(request("POST", path, { action: "reviewed" }), params(a.id))).status).toBe(404);
    expect((await commentsRoute.GET(request("GET", `/api/v1/assignments/${a.id}/comments`), params(a.id))).status).toBe(404);

    for (const actor of [s.actors.alex, s.actors.admin]) {
      signInForRoutes(actor);
      expect((await reviewRoute.POST(request("POST", path, { action: "reviewed" }), params(a.id))).status).toBe(403);
      expect((await commentsRoute.POST(request("POST", `/api/v1/assignments/${a.id}/comments`, { kind: "FEEDBACK", body: "hi" }), params(a.id))).status).toBe(403);
    }
    signInForRoutes(s.actors.admin);
    expect((await commentsRoute.GET(request("GET", `/api/v1/assignments/${a.id}/comments`), params(a.id))).status).toBe(403);
    signInForRoutes(s.actors.client);
    expect((await commentsRoute.GET(request("GET", `/api/v1/assignments/${a.id}/comments`), params(a.id))).status).toBe(404);
  });
});

describe("prep routes", () => {
  it("answer the clinician with the documented shape, and no one else", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);

    signInForRoutes(s.actors.clinician);
    const couple = await couplePrepRoute.GET(request("GET", `/api/v1/prep/couples/${s.couple.id}`), params(s.couple.id));
    expect(couple.status).toBe(200);
    expect(couple.headers.get("cache-control")).toBe("no-store");
    const parsed = prepDto.parse(await couple.json());
    expect(parsed.assignments.map((x) => x.id)).toEqual([a.id]);
    const client = await clientPrepRoute.GET(request("GET", `/api/v1/prep/clients/${s.client.id}`), params(s.client.id));
    expect(prepDto.parse(await client.json()).subject).toMatchObject({ kind: "client", id: s.client.id });
    expect((await clientPrepRoute.GET(request("GET", "/api/v1/prep/clients/x"), params("a b"))).status).toBe(400);

    const elsewhere = await reviewScenario();
    signInForRoutes(elsewhere.actors.clinician);
    expect((await couplePrepRoute.GET(request("GET", `/api/v1/prep/couples/${s.couple.id}`), params(s.couple.id))).status).toBe(404);
    expect((await clientPrepRoute.GET(request("GET", `/api/v1/prep/clients/${s.client.id}`), params(s.client.id))).status).toBe(404);
    for (const actor of [s.actors.alex, s.actors.admin]) {
      signInForRoutes(actor);
      expect((await couplePrepRoute.GET(request("GET", `/api/v1/prep/couples/${s.couple.id}`), params(s.couple.id))).status).toBe(403);
    }
    signInForRoutes(null);
    expect((await couplePrepRoute.GET(request("GET", `/api/v1/prep/couples/${s.couple.id}`), params(s.couple.id))).status).toBe(401);
  });
});
