import { beforeEach, describe, expect, it, vi } from "vitest";
import { createAssignments } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { saveDraft, submitResponse } from "@/lib/responses/save";
import { getClientResponse } from "@/lib/responses/service";
import { createComment, listClientFeedback } from "@/lib/review/service";
import { SHARING_PAUSED_MESSAGE } from "@/lib/safety/schemas";
import { recordSafetyScreen } from "@/lib/safety/service";
import { testApiClient } from "../../support/api-client";
import { actorFor, createClinician, createCouple, createPractice, createUser } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";
import { CAUSED_HARM, inAWeek, WAS_HURT } from "../assignments/support";

// Safety screening before couples share (issue 15): the clinician records each partner's individual
// screen; until both are "no concern" nothing can be marked shared (409 sharing_paused) and nothing
// shared earlier is shown. The refusal is the same whichever partner is not cleared, and says nothing
// about a screen.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));
const api = testApiClient();

beforeEach(() => signInForRoutes(null));

async function couple(screens: ["NOT_YET" | "NO_CONCERN" | "CONCERN", "NOT_YET" | "NO_CONCERN" | "CONCERN"]) {
  const practice = await createPractice();
  const clinicianUser = await createClinician(practice.id, [{ state: "TN" }]);
  const { couple, partners } = await createCouple(practice.id, clinicianUser.id, ["TN", "TN"], screens);
  const clinician = actorFor(clinicianUser);
  const [alex, sam] = partners.map(actorFor) as [ReturnType<typeof actorFor>, ReturnType<typeof actorFor>];
  const created = await createAssignments(clinician, {
    exercise: "slowing-down",
    coupleId: couple.id,
    perspectives: { [alex.userId]: "was-hurt", [sam.userId]: "caused-harm" },
    dueAt: inAWeek(),
  });
  return { practice, clinician, alex, sam, couple, assignment: created.items[0]! };
}

async function refusedWith(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error("expected a 409");
    },
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ status: 409, details: { reason: "sharing_paused" } });
  return error as { message: string; details: unknown };
}

describe("sharing is paused until both partners are screened 'no concern'", () => {
  it("refuses a shared answer from either partner with the same words, whichever one is not cleared", async () => {
    const samNotYet = await couple(["NO_CONCERN", "NOT_YET"]);
    const alexConcern = await couple(["CONCERN", "NO_CONCERN"]);
    const refusals = [
      await refusedWith(
        saveDraft(samNotYet.alex, samNotYet.assignment.id, { version: 0, answers: WAS_HURT }),
      ),
      await refusedWith(
        saveDraft(samNotYet.sam, samNotYet.assignment.id, { version: 0, answers: CAUSED_HARM }),
      ),
      await refusedWith(
        submitResponse(alexConcern.alex, alexConcern.assignment.id, { version: 0, answers: WAS_HURT }),
      ),
      await refusedWith(
        submitResponse(alexConcern.sam, alexConcern.assignment.id, { version: 0, answers: CAUSED_HARM }),
      ),
    ];
    // One message and one shape for everyone: nothing tells a partner whose screen it is, or that
    // there is a screen at all.
    for (const r of refusals) {
      expect(r.message).toBe(SHARING_PAUSED_MESSAGE);
      expect(JSON.stringify(r)).not.toMatch(/screen|safety|concern|violence/i);
    }
    expect(refusals[0]!.details).toEqual({
      reason: "sharing_paused",
      prompts: [
        { path: "answers.feelings-in-words.shared", message: SHARING_PAUSED_MESSAGE },
        { path: "answers.readiness.shared", message: SHARING_PAUSED_MESSAGE },
      ],
    });

    // Private answers are still saved and sent: only sharing is paused.
    const privateOnly = Object.fromEntries(
      Object.entries(WAS_HURT).map(([id, a]) => [id, { ...a, shared: false }]),
    );
    const sent = await submitResponse(samNotYet.alex, samNotYet.assignment.id, {
      version: 0,
      answers: privateOnly,
    });
    expect(sent.state).toBe("SUBMITTED");

    // Both partners' views say the same: paused, no sharing, no reason.
    const views = await Promise.all([
      getClientResponse(samNotYet.alex, samNotYet.assignment.id),
      getClientResponse(samNotYet.sam, samNotYet.assignment.id),
    ]);
    for (const v of views) {
      expect(v).toMatchObject({ sharingPaused: true, sharingAvailable: false });
      // The copy's fields are the usual ones (no screen in it), and the partner part has no reason.
      expect(Object.keys(v).filter((k) => /screen|safety|concern/i.test(k))).toEqual([]);
      expect(Object.keys(v.partner!).sort()).toEqual(["firstName", "perspective", "shared", "submitted"]);
      expect(JSON.stringify(v)).not.toMatch(/NOT_YET|NO_CONCERN|"CONCERN"/);
    }
  });

  it("hides what was shared earlier (and feedback on it) while paused, and shows it again once both are cleared", async () => {
    const s = await couple(["NO_CONCERN", "NO_CONCERN"]);
    await submitResponse(s.alex, s.assignment.id, { version: 0, answers: WAS_HURT });
    await submitResponse(s.sam, s.assignment.id, { version: 0, answers: CAUSED_HARM });
    const before = await getClientResponse(s.alex, s.assignment.id);
    expect(before.partner!.shared).toEqual({
      "impact-on-partner": CAUSED_HARM["impact-on-partner"].value,
      "follow-through": CAUSED_HARM["follow-through"].value,
    });

    const samCopy = await db.assignmentRecipient.findFirstOrThrow({
      where: { assignmentId: s.assignment.id, clientId: s.sam.userId },
    });
    await createComment(s.clinician, s.assignment.id, {
      kind: "FEEDBACK",
      body: "Thank you for naming the impact.",
      recipientId: samCopy.id,
      promptId: "impact-on-partner",
    });
    expect(await listClientFeedback(s.alex, s.assignment.id)).toHaveLength(1);

    await recordSafetyScreen(s.clinician, s.sam.userId, { outcome: "CONCERN" });
    // Feedback on Sam's shared answer goes with it: Alex no longer sees it; Sam still does.
    expect(await listClientFeedback(s.alex, s.assignment.id)).toEqual([]);
    expect(await listClientFeedback(s.sam, s.assignment.id)).toHaveLength(1);
    const reads = await db.auditEvent.count({ where: { action: "response.read", actorId: s.alex.userId } });
    const paused = await getClientResponse(s.alex, s.assignment.id);
    expect(paused).toMatchObject({ sharingPaused: true, sharingAvailable: false });
    expect(paused.partner!.shared).toBeNull();
    // Nothing of Sam's was read, so nothing is recorded as read.
    expect(await db.auditEvent.count({ where: { action: "response.read", actorId: s.alex.userId } })).toBe(
      reads,
    );

    await recordSafetyScreen(s.clinician, s.sam.userId, { outcome: "NO_CONCERN" });
    const again = await getClientResponse(s.alex, s.assignment.id);
    expect(again.sharingPaused).toBe(false);
    expect(again.partner!.shared).toEqual(before.partner!.shared);
  });
});

describe("recording a screen", () => {
  it("is audited with the outcome, answers whether the couple may share, and reaches only the clinician's own clients", async () => {
    const s = await couple(["NOT_YET", "NOT_YET"]);
    const first = await recordSafetyScreen(s.clinician, s.alex.userId, { outcome: "NO_CONCERN" });
    expect(first).toMatchObject({
      clientId: s.alex.userId,
      outcome: "NO_CONCERN",
      coupleSharingCleared: false,
    });
    const second = await recordSafetyScreen(s.clinician, s.sam.userId, { outcome: "NO_CONCERN" });
    expect(second.coupleSharingCleared).toBe(true);
    const events = await db.auditEvent.findMany({
      where: { action: "client.safety_screen_recorded", actorId: s.clinician.userId },
      orderBy: { createdAt: "asc" },
      select: { clientId: true, metadata: true },
    });
    expect(events).toEqual([
      { clientId: s.alex.userId, metadata: { outcome: "NO_CONCERN", previous: "NOT_YET" } },
      { clientId: s.sam.userId, metadata: { outcome: "NO_CONCERN", previous: "NOT_YET" } },
    ]);

    const colleague = actorFor(await createClinician(s.practice.id, [{ state: "TN" }]));
    await expect(recordSafetyScreen(colleague, s.alex.userId, { outcome: "CONCERN" })).rejects.toMatchObject({
      status: 404,
    });
    const admin = actorFor(await createUser(s.practice.id, "ADMIN"));
    await expect(recordSafetyScreen(admin, s.alex.userId, { outcome: "CONCERN" })).rejects.toMatchObject({
      status: 403,
    });
    await expect(recordSafetyScreen(s.sam, s.alex.userId, { outcome: "CONCERN" })).rejects.toMatchObject({
      status: 403,
    });
    const stored = await db.clientProfile.findUniqueOrThrow({ where: { userId: s.alex.userId } });
    expect(stored.safetyScreen).toBe("NO_CONCERN");
  });
});

describe("over HTTP", () => {
  it("PUT safety-screen records it (400 for an unknown outcome); a shared answer while paused is a 409 sharing_paused", async () => {
    const s = await couple(["NO_CONCERN", "NO_CONCERN"]);
    signInForRoutes(s.clinician);
    const path = { params: { path: { id: s.sam.userId } } };
    const put = await api.PUT("/api/v1/clients/{id}/safety-screen", {
      ...path,
      body: { outcome: "NOT_YET" },
    });
    expect(put.response.status).toBe(200);
    expect(put.data).toMatchObject({ outcome: "NOT_YET", coupleSharingCleared: false });
    const bad = await api.PUT("/api/v1/clients/{id}/safety-screen", {
      ...path,
      body: { outcome: "MAYBE" as "NOT_YET" },
    });
    expect(bad.response.status).toBe(400);

    signInForRoutes(s.alex);
    const saved = await api.PUT("/api/v1/assignments/{id}/response", {
      params: { path: { id: s.assignment.id } },
      body: { version: 0, answers: WAS_HURT },
    });
    expect(saved.response.status).toBe(409);
    expect(saved.error).toMatchObject({
      error: { code: "conflict", message: SHARING_PAUSED_MESSAGE, details: { reason: "sharing_paused" } },
    });
    const refused = await api.PUT("/api/v1/clients/{id}/safety-screen", {
      ...path,
      body: { outcome: "NO_CONCERN" },
    });
    expect(refused.response.status).toBe(403);
  });
});
