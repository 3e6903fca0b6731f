import { describe, expect, it } from "vitest";
import { getAssignment, updateAssignment } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { saveDraft, submitResponse } from "@/lib/responses/save";
import { getClientResponse, getClinicianResponses, getResponse } from "@/lib/responses/service";
import { setShareDrafts } from "@/lib/responses/settings";
import { actorFor, createClinician, createScenario } from "../../support/factories";
import {
  assignCheckIn,
  assignmentScenario,
  assignSlowingDown,
  CAUSED_HARM,
  revisionCount,
  WAS_HURT,
} from "./support";

describe("drafts and versions", () => {
  it("saves a draft, bumps the version and moves the copy to in progress", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const first = await saveDraft(s.actors.alex, a.id, {
      version: 0,
      answers: { "feelings-in-words": { value: "Hard to say.", shared: false } },
    });
    expect(first).toMatchObject({ version: 1, state: "IN_PROGRESS" });
    const copy = await getClientResponse(s.actors.alex, a.id);
    expect(copy).toMatchObject({ version: 1, state: "IN_PROGRESS", locked: null, sharingAvailable: true });
    expect(copy.answers["feelings-in-words"]).toEqual({ value: "Hard to say.", shared: false });
  });

  it("answers a stale version with 409 and the server's current answers; nothing is overwritten", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    // Two devices start from version 0; the phone saves first.
    await saveDraft(s.actors.alex, a.id, {
      version: 0,
      answers: { "feelings-in-words": { value: "Written on my phone", shared: false } },
    });
    const laptop = saveDraft(s.actors.alex, a.id, {
      version: 0,
      answers: { "feelings-in-words": { value: "Written on my laptop", shared: false } },
    });
    await expect(laptop).rejects.toMatchObject({ status: 409 });
    await expect(laptop).rejects.toSatisfy(
      (e: { details: { reason: string; version: number; answers: Record<string, { value: string }> } }) => {
        return (
          e.details.reason === "stale" &&
          e.details.version === 1 &&
          e.details.answers["feelings-in-words"]!.value === "Written on my phone"
        );
      },
    );
    const stored = await getClientResponse(s.actors.alex, a.id);
    expect(stored.answers["feelings-in-words"]!.value).toBe("Written on my phone");
    // The laptop chose (here: to keep both texts) and saves with the version it now knows.
    const merged = await saveDraft(s.actors.alex, a.id, {
      version: 1,
      answers: {
        "feelings-in-words": { value: "Written on my laptop\n\nWritten on my phone", shared: false },
      },
    });
    expect(merged.version).toBe(2);
  });

  it("treats a retried save whose reply was lost as saved (same answers, old version)", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const answers = { "feelings-in-words": { value: "Same words", shared: false } };
    await saveDraft(s.actors.alex, a.id, { version: 0, answers });
    expect(await saveDraft(s.actors.alex, a.id, { version: 0, answers })).toMatchObject({ version: 1 });
  });

  it("refuses answers that do not fit the pinned exercise, and sharing on individual work", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    // A prompt from the other perspective is not part of Alex's copy.
    await expect(
      saveDraft(s.actors.alex, a.id, {
        version: 0,
        answers: { "what-i-did": { value: "x", shared: false } },
      }),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      saveDraft(s.actors.alex, a.id, {
        version: 0,
        answers: { readiness: { value: "not-an-option", shared: false } },
      }),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      saveDraft(s.actors.alex, a.id, {
        version: 0,
        answers: { "feelings-in-words": { value: "x".repeat(10_001), shared: false } },
      }),
    ).rejects.toMatchObject({ status: 400 });
    const individual = await assignCheckIn(s);
    await expect(
      saveDraft(s.actors.client, individual.id, {
        version: 0,
        answers: { hope: { value: 5, shared: true } },
      }),
    ).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe("submitting", () => {
  it("checks required answers (422 naming each), then keeps the submission as revision 1", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const incomplete = submitResponse(s.actors.alex, a.id, {
      version: 0,
      answers: { "feelings-in-words": WAS_HURT["feelings-in-words"] },
    });
    await expect(incomplete).rejects.toMatchObject({ status: 422 });
    await expect(incomplete).rejects.toSatisfy(
      (e: { details: { reason: string; prompts: Record<string, string> } }) => {
        return (
          e.details.reason === "incomplete" &&
          Object.keys(e.details.prompts).sort().join() === "readiness,what-would-help-safety"
        );
      },
    );
    const sent = await submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT, state: "TN" });
    expect(sent).toMatchObject({ state: "SUBMITTED", revision: 1, alreadySubmitted: false, version: 1 });
    expect(await revisionCount(a.id, s.actors.alex.userId)).toBe(1);
    // The location they sent it from is recorded.
    const location = await db.clientLocation.findFirst({
      where: { clientId: s.actors.alex.userId, source: "SUBMISSION" },
    });
    expect(location?.state).toBe("TN");
    expect((await getAssignment(s.actors.alex, a.id)).view === "client").toBe(true);
  });

  it("two concurrent submits of the same answers make ONE revision", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const results = await Promise.allSettled([
      submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT }),
      submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const values = results.map(
      (r) => (r as PromiseFulfilledResult<{ revision: number; alreadySubmitted: boolean }>).value,
    );
    expect(values.map((v) => v.revision)).toEqual([1, 1]);
    expect(values.filter((v) => v.alreadySubmitted)).toHaveLength(1);
    expect(await revisionCount(a.id, s.actors.alex.userId)).toBe(1);
  });

  it("may be edited and sent again until reviewed; every submission is kept", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT });
    const edited = { ...WAS_HURT, "feelings-in-words": { value: "Less anger now.", shared: true } };
    await saveDraft(s.actors.alex, a.id, { version: 1, answers: edited });
    const mid = await getClientResponse(s.actors.alex, a.id);
    expect(mid).toMatchObject({ state: "SUBMITTED", hasUnsentChanges: true, version: 2 });
    const again = await submitResponse(s.actors.alex, a.id, { version: 2 });
    expect(again).toMatchObject({ revision: 2, alreadySubmitted: false });
    const after = await getClientResponse(s.actors.alex, a.id);
    expect(after.hasUnsentChanges).toBe(false);
    expect(after.revisions.map((r) => r.number)).toEqual([1, 2]);
    const revisions = await db.responseRevision.findMany({
      where: { response: { recipient: { assignmentId: a.id, clientId: s.actors.alex.userId } } },
      orderBy: { number: "asc" },
    });
    expect((revisions[0]!.answers as Record<string, { value: string }>)["feelings-in-words"]!.value).toBe(
      "Mostly grief, and some anger.",
    );
    expect((revisions[1]!.answers as Record<string, { value: string }>)["feelings-in-words"]!.value).toBe(
      "Less anger now.",
    );
  });

  it("REVIEWED locks the copy: saves and submits are 409, reading still works", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT });
    await db.assignmentRecipient.updateMany({
      where: { assignmentId: a.id, clientId: s.actors.alex.userId },
      data: { state: "REVIEWED", reviewedAt: new Date(), reviewedById: s.clinician.id },
    });
    const save = saveDraft(s.actors.alex, a.id, {
      version: 1,
      answers: { ...WAS_HURT, readiness: { value: "ready", shared: true } },
    });
    await expect(save).rejects.toMatchObject({ status: 409, details: { reason: "reviewed" } });
    await expect(submitResponse(s.actors.alex, a.id, { version: 1 })).rejects.toMatchObject({
      status: 409,
      details: { reason: "reviewed" },
    });
    expect(await getClientResponse(s.actors.alex, a.id)).toMatchObject({
      locked: "reviewed",
      state: "REVIEWED",
    });
    expect(await revisionCount(a.id, s.actors.alex.userId)).toBe(1);
  });

  it("a withdrawn assignment keeps what was written, read-only", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await saveDraft(s.actors.alex, a.id, {
      version: 0,
      answers: { "feelings-in-words": { value: "Started this", shared: false } },
    });
    await updateAssignment(s.actors.clinician, a.id, { withdraw: true });
    const copy = await getClientResponse(s.actors.alex, a.id);
    expect(copy).toMatchObject({ locked: "withdrawn" });
    expect(copy.answers["feelings-in-words"]!.value).toBe("Started this");
    await expect(
      saveDraft(s.actors.alex, a.id, {
        version: 1,
        answers: { "feelings-in-words": { value: "More", shared: false } },
      }),
    ).rejects.toMatchObject({ status: 409, details: { reason: "withdrawn" } });
    await expect(
      submitResponse(s.actors.alex, a.id, { version: 1, answers: WAS_HURT }),
    ).rejects.toMatchObject({ status: 409 });
  });
});

describe("couples: what a partner sees", () => {
  it("shows shared answers only after both have submitted, and never private ones", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT });
    // Sam has a draft with a shared answer, not sent: Alex sees nothing of it.
    await saveDraft(s.actors.sam, a.id, {
      version: 0,
      answers: { "impact-on-partner": { value: "Draft words", shared: true } },
    });
    const alexWaiting = await getClientResponse(s.actors.alex, a.id);
    expect(alexWaiting.partner).toMatchObject({
      submitted: false,
      shared: null,
      perspective: { id: "caused-harm" },
    });
    expect(JSON.stringify(alexWaiting)).not.toContain("Draft words");
    // Sam sees Alex has sent, but not what, until Sam sends too.
    const samWaiting = await getClientResponse(s.actors.sam, a.id);
    expect(samWaiting.partner).toMatchObject({ submitted: true, shared: null });
    expect(JSON.stringify(samWaiting)).not.toContain("Mostly grief");

    await submitResponse(s.actors.sam, a.id, { version: 1, answers: CAUSED_HARM });
    const alexView = await getClientResponse(s.actors.alex, a.id);
    const samView = await getClientResponse(s.actors.sam, a.id);
    expect(alexView.partner!.shared).toEqual({
      "impact-on-partner": "It made everything feel unsafe.",
      "follow-through": "Share my phone without being asked.",
    });
    expect(samView.partner!.shared).toEqual({
      "feelings-in-words": "Mostly grief, and some anger.",
      readiness: "small-steps",
    });
    expect(JSON.stringify(alexView)).not.toContain("I hid messages");
    expect(JSON.stringify(samView)).not.toContain("tell me where you are");
  });

  it("after both submitted, a partner sees the latest submission, not unsent edits", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT });
    await submitResponse(s.actors.sam, a.id, { version: 0, answers: CAUSED_HARM });
    await saveDraft(s.actors.sam, a.id, {
      version: 1,
      answers: { ...CAUSED_HARM, "impact-on-partner": { value: "Rewriting this, not sent", shared: true } },
    });
    const alexView = await getClientResponse(s.actors.alex, a.id);
    expect(alexView.partner!.shared!["impact-on-partner"]).toBe("It made everything feel unsafe.");
    expect(JSON.stringify(alexView)).not.toContain("Rewriting this");
  });

  it("a partner's copy has no address: each client only ever reaches their own", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await saveDraft(s.actors.sam, a.id, {
      version: 0,
      answers: { "what-i-did": { value: "Sam's private draft", shared: false } },
    });
    // Alex addressing the same assignment gets Alex's copy, never Sam's.
    const alex = await getResponse(s.actors.alex, a.id);
    expect(JSON.stringify(alex)).not.toContain("Sam's private draft");
    // Alex cannot write Sam's prompts into anything: they are not part of Alex's copy.
    await expect(
      saveDraft(s.actors.alex, a.id, {
        version: 0,
        answers: { "what-i-did": { value: "x", shared: false } },
      }),
    ).rejects.toMatchObject({
      status: 400,
    });
    // Jordan (not on it) gets a 404, as does anyone from another practice.
    const other = await createScenario();
    for (const outsider of [s.actors.client, actorFor(other.client)]) {
      await expect(getClientResponse(outsider, a.id)).rejects.toMatchObject({ status: 404 });
      await expect(saveDraft(outsider, a.id, { version: 0, answers: {} })).rejects.toMatchObject({
        status: 404,
      });
      await expect(submitResponse(outsider, a.id, { version: 0 })).rejects.toMatchObject({ status: 404 });
    }
  });
});

describe("what the clinician sees", () => {
  it("every submission with its sharing choices; drafts only when the client allows it; reads are audited", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT });
    await saveDraft(s.actors.sam, a.id, {
      version: 0,
      answers: { "what-i-did": { value: "Sam drafting", shared: false } },
    });

    const view = await getClinicianResponses(s.actors.clinician, a.id, {
      requestId: "req-1",
      ip: "127.0.0.1",
    });
    const alex = view.recipients.find((r) => r.clientId === s.actors.alex.userId)!;
    const sam = view.recipients.find((r) => r.clientId === s.actors.sam.userId)!;
    expect(alex.submitted).toMatchObject({ revision: 1, answers: WAS_HURT });
    expect(sam.submitted).toBeNull();
    expect(sam.draft).toBeNull();
    expect(JSON.stringify(view)).not.toContain("Sam drafting");

    await setShareDrafts(s.actors.sam, true);
    const withDrafts = await getClinicianResponses(s.actors.clinician, a.id);
    expect(
      withDrafts.recipients.find((r) => r.clientId === s.actors.sam.userId)!.draft?.answers["what-i-did"]!
        .value,
    ).toBe("Sam drafting");

    const events = await db.auditEvent.findMany({
      where: { action: "response.read", subjectId: a.id },
      orderBy: { id: "asc" },
    });
    expect(events.length).toBe(4);
    expect(events[0]).toMatchObject({ actorId: s.clinician.id, requestId: "req-1", ip: "127.0.0.1" });
    expect(JSON.stringify(events.map((e) => e.metadata))).not.toContain("grief");
  });

  it("another clinician of the same practice or another practice cannot read the answers (404); clients cannot read the clinician view (403)", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await submitResponse(s.actors.alex, a.id, { version: 0, answers: WAS_HURT });
    const colleague = actorFor(await createClinician(s.practice.id, [{ state: "TN" }]));
    const other = await createScenario();
    await expect(getClinicianResponses(colleague, a.id)).rejects.toMatchObject({ status: 404 });
    await expect(getResponse(actorFor(other.clinician), a.id)).rejects.toMatchObject({ status: 404 });
    await expect(getClinicianResponses(s.actors.alex, a.id)).rejects.toMatchObject({ status: 403 });
    await expect(getResponse(s.actors.admin, a.id)).rejects.toMatchObject({ status: 403 });
    // Clinicians cannot write answers.
    await expect(saveDraft(s.actors.clinician, a.id, { version: 0, answers: {} })).rejects.toMatchObject({
      status: 403,
    });
  });
});
