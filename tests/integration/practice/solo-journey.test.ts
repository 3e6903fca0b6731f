import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { deliverMessageEmail } from "@/lib/messages/notify";
import { parseQuietHours } from "@/lib/notifications/time";
import { testApiClient } from "../../support/api-client";
import { unique } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";
import { soloPractice } from "./support";

// A solo practice's whole clinical week over the API, as its one account: a practice ADMIN who also
// sees clients (User.alsoClinician). Every step a clinician takes (caseload, assign, read answers,
// comment, review, prep, message, discharge) answers as it would for a CLINICIAN, never 403;
// nothing here compares roles by hand (lib/policy/actor.ts: holdsRole, rolesOf).

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const CHECK_IN = {
  "felt-safe": { value: 6, shared: false },
  "could-count-on": { value: 7, shared: false },
  openness: { value: 5, shared: false },
  hope: { value: 8, shared: false },
  "this-week": { value: "We talked every evening.", shared: false },
};

beforeEach(() => signInForRoutes(null));

describe("solo practice: the admin-clinician's clinical journey over HTTP", () => {
  it("assigns, reads, comments, reviews, preps, messages and discharges like any clinician", async () => {
    const s = await soloPractice();
    signInForRoutes(s.actor);

    const caseload = await api.GET("/api/v1/clients");
    expect(caseload.response.status).toBe(200);
    expect(caseload.data!.individuals.map((c) => c.id)).toEqual([s.client.id]);

    const assigned = await api.POST("/api/v1/assignments", {
      body: { exercise: "weekly-trust-check-in", clientId: s.client.id, dueAt: inAWeek() },
    });
    expect(assigned.error ?? null).toBeNull();
    expect(assigned.response.status).toBe(201);
    const assignmentId = assigned.data!.items[0]!.id;

    signInForRoutes(s.clientActor);
    const sent = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(assignmentId),
      body: { version: 0, answers: CHECK_IN },
    });
    expect(sent.response.status).toBe(200);

    signInForRoutes(s.actor);
    const answers = await api.GET("/api/v1/assignments/{id}/response", id(assignmentId));
    expect(answers.response.status).toBe(200);
    expect(answers.data).toMatchObject({ view: "clinician" });
    expect(answers.data!.view === "clinician" && answers.data!.recipients[0]!.clientId).toBe(s.client.id);
    // The copy's id, as the prep view gives it to the page.
    const { id: recipientId } = await db.assignmentRecipient.findFirstOrThrow({
      where: { assignmentId, clientId: s.client.id },
      select: { id: true },
    });

    const feedback = await api.POST("/api/v1/assignments/{id}/comments", {
      ...id(assignmentId),
      body: { kind: "FEEDBACK", body: "Every evening: that is a lot.", recipientId, promptId: "this-week" },
    });
    expect(feedback.response.status).toBe(201);
    const note = await api.POST("/api/v1/assignments/{id}/comments", {
      ...id(assignmentId),
      body: { kind: "PRIVATE_NOTE", body: "Ask about weekends." },
    });
    expect(note.response.status).toBe(201);

    const reviewed = await api.POST("/api/v1/assignments/{id}/review", {
      ...id(assignmentId),
      body: { action: "reviewed" },
    });
    expect(reviewed.response.status).toBe(200);
    expect(reviewed.data!.recipients.map((r) => r.state)).toEqual(["REVIEWED"]);

    const prep = await api.GET("/api/v1/prep/clients/{id}", id(s.client.id));
    expect(prep.response.status).toBe(200);
    expect(JSON.stringify(prep.data)).toContain("Ask about weekends.");

    // Messages: the admin-clinician opens the client's thread and writes; the client's reply emails
    // them a link to the clinician's inbox, not to the client pages.
    const thread = await api.POST("/api/v1/threads", { body: { clientId: s.client.id } });
    expect([200, 201]).toContain(thread.response.status);
    const threadId = thread.data!.id;
    const hello = await api.POST("/api/v1/threads/{id}/messages", {
      ...id(threadId),
      body: { body: "See you Thursday.", idempotencyKey: unique("msg") },
    });
    expect(hello.response.status).toBe(201);
    signInForRoutes(s.clientActor);
    const reply = await api.POST("/api/v1/threads/{id}/messages", {
      ...id(threadId),
      body: { body: "Thank you.", idempotencyKey: unique("msg") },
    });
    expect(reply.response.status).toBe(201);
    const delivered = await deliverMessageEmail(
      { threadId, userId: s.admin.id },
      new Date("2026-06-10T20:00:00Z"),
      { quiet: parseQuietHours("21:00-08:00"), digestMinute: 18 * 60 },
    );
    expect(delivered.outcome).toBe("sent");
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: s.admin.email.toLowerCase() },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.text).toContain(`/inbox/${threadId}`);
    expect(mail.text).not.toContain("/messages/");

    signInForRoutes(s.actor);
    const discharged = await api.POST("/api/v1/clients/{id}/discharge", {
      ...id(s.client.id),
      body: { confirm: "DISCHARGE" },
    });
    expect(discharged.response.status).toBe(200);
  });
});
