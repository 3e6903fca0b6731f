import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getCompletionView } from "@/lib/responses/completion-view";
import { unsafeSaveIfCurrent } from "@/lib/responses/locks";
import { testApiClient } from "../../support/api-client";
import { signInForRoutes } from "../../support/route-session";
import { assignCheckIn, assignmentScenario, assignSlowingDown, WAS_HURT } from "../assignments/support";

// Discharge means no new work, and answering work that was already open is new work: a discharged
// client (or couple partner) still reads their copy, but saving a draft or sending answers is a 409
// with reason "discharged" and a plain message, and the completion page's data says the copy is
// locked for that reason (the page shows it read-only, with a calm explanation). Re-admission opens
// it again.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });
const DRAFT = { "this-week": { value: "A calmer week than the last one.", shared: false } };

beforeEach(() => signInForRoutes(null));

describe("open work after discharge", () => {
  it("a discharged client reads their draft but can no longer save or send it; re-admission opens it again", async () => {
    const s = await assignmentScenario();
    const a = await assignCheckIn(s);
    signInForRoutes(s.actors.client);
    const saved = await api.PUT("/api/v1/assignments/{id}/response", {
      ...id(a.id),
      body: { version: 0, answers: DRAFT },
    });
    expect(saved.response.status).toBe(200);

    signInForRoutes(s.actors.clinician);
    const discharged = await api.POST("/api/v1/clients/{id}/discharge", {
      ...id(s.client.id),
      body: { confirm: "DISCHARGE" },
    });
    expect(discharged.response.status).toBe(200);

    signInForRoutes(s.actors.client);
    const draft = await api.PUT("/api/v1/assignments/{id}/response", {
      ...id(a.id),
      body: { version: 1, answers: { "this-week": { value: "Written after discharge.", shared: false } } },
    });
    expect(draft.response.status).toBe(409);
    expect(draft.error).toMatchObject({
      error: {
        details: { reason: "discharged" },
        message: expect.stringContaining("care with this practice has ended"),
      },
    });
    const sent = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: 1 },
    });
    expect(sent.response.status).toBe(409);
    expect(sent.error).toMatchObject({ error: { details: { reason: "discharged" } } });

    // Nothing moved: the draft is as it was, nothing was sent.
    const recipient = await db.assignmentRecipient.findFirstOrThrow({
      where: { assignmentId: a.id, clientId: s.client.id },
      select: { state: true, response: { select: { version: true, answers: true } } },
    });
    expect(recipient.state).toBe("IN_PROGRESS");
    expect(recipient.response).toMatchObject({ version: 1, answers: DRAFT });
    expect(
      await db.responseRevision.count({ where: { response: { recipient: { assignmentId: a.id } } } }),
    ).toBe(0);

    // Reading still works, and says why the copy is read-only: what the completion page renders from.
    const read = await api.GET("/api/v1/assignments/{id}/response", id(a.id));
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({ view: "client", locked: "discharged", answers: DRAFT });
    const view = await getCompletionView(s.actors.client, a.id);
    expect(view.response.locked).toBe("discharged");

    signInForRoutes(s.actors.clinician);
    expect((await api.POST("/api/v1/clients/{id}/readmit", id(s.client.id))).response.status).toBe(200);
    signInForRoutes(s.actors.client);
    const again = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: {
        version: 1,
        answers: {
          ...DRAFT,
          "felt-safe": { value: 4, shared: false },
          "could-count-on": { value: 4, shared: false },
          openness: { value: 4, shared: false },
          hope: { value: 4, shared: false },
        },
      },
    });
    expect(again.error ?? null).toBeNull();
    expect(again.response.status).toBe(200);
    expect((await getCompletionView(s.actors.client, a.id)).response.locked).toBeNull();
  });

  it("both partners of a discharged couple are refused, whatever they had written", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    signInForRoutes(s.actors.alex);
    expect(
      (
        await api.PUT("/api/v1/assignments/{id}/response", {
          ...id(a.id),
          body: { version: 0, answers: WAS_HURT },
        })
      ).response.status,
    ).toBe(200);

    signInForRoutes(s.actors.clinician);
    const discharged = await api.POST("/api/v1/couples/{id}/discharge", {
      ...id(s.couple.id),
      body: { confirm: "DISCHARGE" },
    });
    expect(discharged.response.status).toBe(200);

    signInForRoutes(s.actors.alex);
    const alexSends = await api.POST("/api/v1/assignments/{id}/submit", {
      ...id(a.id),
      body: { version: 1 },
    });
    expect(alexSends.response.status).toBe(409);
    expect(alexSends.error).toMatchObject({ error: { details: { reason: "discharged" } } });
    signInForRoutes(s.actors.sam);
    const samSaves = await api.PUT("/api/v1/assignments/{id}/response", {
      ...id(a.id),
      body: { version: 0, answers: { "what-i-did": { value: "Written after discharge.", shared: false } } },
    });
    expect(samSaves.response.status).toBe(409);
    expect(samSaves.error).toMatchObject({ error: { details: { reason: "discharged" } } });
    expect((await api.GET("/api/v1/assignments/{id}/response", id(a.id))).data).toMatchObject({
      locked: "discharged",
    });
  });

  it("the one-statement autosave checks discharge itself, for a discharge that lands after the request's first check", async () => {
    const s = await assignmentScenario();
    const a = await assignCheckIn(s);
    signInForRoutes(s.actors.client);
    await api.PUT("/api/v1/assignments/{id}/response", { ...id(a.id), body: { version: 0, answers: DRAFT } });
    const copy = await db.assignmentRecipient.findFirstOrThrow({
      where: { assignmentId: a.id, clientId: s.client.id },
      select: { id: true },
    });
    await db.clientProfile.update({ where: { userId: s.client.id }, data: { dischargedAt: new Date() } });

    const later = { "this-week": { value: "Written after discharge.", shared: false } };
    expect(await unsafeSaveIfCurrent(copy.id, 1, later, new Date())).toBeNull();
    const response = await db.response.findFirstOrThrow({ where: { recipientId: copy.id } });
    expect(response).toMatchObject({ version: 1, answers: DRAFT });
  });
});
