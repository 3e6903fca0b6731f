import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCouplePrep } from "@/lib/prep/service";
import { editComment, withdrawComment } from "@/lib/review/edit";
import { assignmentsWithNewFeedback } from "@/lib/review/new-feedback";
import { createComment, listClientFeedback, listComments } from "@/lib/review/service";
import { actorFor, createClinician, createScenario } from "../../support/factories";
import {
  CAUSED_HARM,
  WAS_HURT,
  daysFromNow,
  giveSlowingDown,
  recipientIdOf,
  reviewScenario,
  send,
} from "./support";

// Feedback can be corrected by its author: edited (the client sees "edited", the earlier text is kept
// in CommentRevision, never in the audit trail) or withdrawn (the client sees only that it was). The
// client home's "new feedback" lasts until the client opens the work.

async function feedbackOnAlex(s: Awaited<ReturnType<typeof reviewScenario>>) {
  const a = await giveSlowingDown(s);
  await send(s.actors.alex, a.id, WAS_HURT);
  const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);
  const comment = await createComment(s.actors.clinician, a.id, {
    kind: "FEEDBACK",
    body: "Thank you for naming the grief.",
    recipientId: alexCopy,
    promptId: "feelings-in-words",
  });
  return { a, comment };
}

describe("editing and withdrawing feedback", () => {
  it("keeps the earlier text out of the audit trail, and the client sees it was edited", async () => {
    const s = await reviewScenario();
    const { a, comment } = await feedbackOnAlex(s);

    const edited = await editComment(s.actors.clinician, comment.id, {
      body: "Thank you for naming the grief so plainly.",
    });
    expect(edited.body).toBe("Thank you for naming the grief so plainly.");
    expect(edited.editedAt).not.toBeNull();

    const revisions = await db.commentRevision.findMany({ where: { commentId: comment.id } });
    expect(revisions.map((r) => r.body)).toEqual(["Thank you for naming the grief."]);
    const events = await db.auditEvent.findMany({ where: { action: "comment.edited", subjectId: a.id } });
    expect(events.map((e) => e.clientId)).toEqual([s.actors.alex.userId]);
    expect(events[0]!.metadata).toMatchObject({ commentId: comment.id, revisionId: revisions[0]!.id });
    expect(JSON.stringify(events.map((e) => e.metadata))).not.toContain("grief");

    const [mine] = await listClientFeedback(s.actors.alex, a.id);
    expect(mine).toMatchObject({ body: "Thank you for naming the grief so plainly.", withdrawn: false });
    expect(mine!.editedAt).not.toBeNull();

    // The same text again changes nothing (no revision, no event).
    await editComment(s.actors.clinician, comment.id, { body: "Thank you for naming the grief so plainly." });
    expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(1);
  });

  it("withdrawn feedback reaches nobody: the client reads only that it was withdrawn", async () => {
    const s = await reviewScenario();
    const { a, comment } = await feedbackOnAlex(s);
    await send(s.actors.sam, a.id, CAUSED_HARM);

    const withdrawn = await withdrawComment(s.actors.clinician, comment.id);
    expect(withdrawn.withdrawnAt).not.toBeNull();
    expect(withdrawn.visibleTo).toEqual([]);

    const alexSees = await listClientFeedback(s.actors.alex, a.id);
    expect(alexSees).toEqual([expect.objectContaining({ id: comment.id, withdrawn: true, body: "" })]);
    // Sam (the partner) saw it while it was about a shared answer; never after withdrawal.
    expect(JSON.stringify(await listClientFeedback(s.actors.sam, a.id))).not.toContain("grief");

    // The clinician still reads it, marked withdrawn.
    const list = await listComments(s.actors.clinician, a.id);
    expect(list.view === "clinician" && list.comments[0]).toMatchObject({
      body: "Thank you for naming the grief.",
      withdrawnAt: expect.any(String),
    });
    const events = await db.auditEvent.findMany({ where: { action: "comment.withdrawn", subjectId: a.id } });
    expect(events.map((e) => e.clientId)).toEqual([s.actors.alex.userId]);

    await expect(withdrawComment(s.actors.clinician, comment.id)).rejects.toMatchObject({ status: 409 });
    await expect(editComment(s.actors.clinician, comment.id, { body: "Again." })).rejects.toMatchObject({
      status: 409,
      details: { reason: "withdrawn" },
    });
  });

  it("refuses anyone but the author: 404 for other clinicians, 403 for clients and admins", async () => {
    const s = await reviewScenario();
    const { comment } = await feedbackOnAlex(s);
    const colleague = actorFor(await createClinician(s.practice.id));
    const elsewhere = await createScenario();
    const stranger = actorFor(elsewhere.clinician);

    for (const actor of [colleague, stranger]) {
      await expect(editComment(actor, comment.id, { body: "Mine now." })).rejects.toMatchObject({
        status: 404,
      });
      await expect(withdrawComment(actor, comment.id)).rejects.toMatchObject({ status: 404 });
    }
    for (const actor of [s.actors.alex, s.actors.sam, s.actors.admin]) {
      await expect(editComment(actor, comment.id, { body: "Mine now." })).rejects.toMatchObject({
        status: 403,
      });
      await expect(withdrawComment(actor, comment.id)).rejects.toMatchObject({ status: 403 });
    }
    const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(row).toMatchObject({ body: "Thank you for naming the grief.", editedAt: null, withdrawnAt: null });
    expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { action: { in: ["comment.edited", "comment.withdrawn"] }, subjectId: comment.assignmentId },
      }),
    ).toBe(0);
  });
});

describe("new feedback on the client home", () => {
  it("lasts until the client opens the work, and comes back when the feedback is edited", async () => {
    const s = await reviewScenario();
    const { a, comment } = await feedbackOnAlex(s);
    expect(await assignmentsWithNewFeedback(s.actors.alex)).toEqual(new Set([a.id]));
    // Feedback to Alex is not Sam's news.
    expect(await assignmentsWithNewFeedback(s.actors.sam)).toEqual(new Set());

    const opened = await listClientFeedback(s.actors.alex, a.id, {}, { markSeen: true });
    expect(opened.map((f) => f.isNew)).toEqual([true]);
    expect(await assignmentsWithNewFeedback(s.actors.alex)).toEqual(new Set());
    expect((await listClientFeedback(s.actors.alex, a.id)).map((f) => f.isNew)).toEqual([false]);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await editComment(s.actors.clinician, comment.id, { body: "A gentler word." });
    expect(await assignmentsWithNewFeedback(s.actors.alex)).toEqual(new Set([a.id]));

    await withdrawComment(s.actors.clinician, comment.id);
    expect(await assignmentsWithNewFeedback(s.actors.alex)).toEqual(new Set());
  });

  it("is refused to clinicians", async () => {
    const s = await reviewScenario();
    await expect(assignmentsWithNewFeedback(s.actors.clinician)).rejects.toMatchObject({ status: 403 });
  });
});

describe("the prep view's order", () => {
  it("puts the newest complete work first, then work still half in", async () => {
    const s = await reviewScenario();
    const c = s.actors.clinician;
    const older = await giveSlowingDown(s, { note: "First pass" });
    await send(s.actors.alex, older.id, WAS_HURT, daysFromNow(-3));
    await send(s.actors.sam, older.id, CAUSED_HARM, daysFromNow(-3));
    const newer = await giveSlowingDown(s, { note: "After the holidays" });
    await send(s.actors.alex, newer.id, WAS_HURT, daysFromNow(-1));
    await send(s.actors.sam, newer.id, CAUSED_HARM, daysFromNow(-1));
    // Sent most recently, but only by one partner: after the complete ones.
    const half = await giveSlowingDown(s, { note: "Half in" });
    await send(s.actors.alex, half.id, WAS_HURT);

    const prep = await getCouplePrep(c, s.couple.id);
    expect(prep.assignments.map((x) => x.note)).toEqual(["After the holidays", "First pass", "Half in"]);
    expect(prep.assignments.every((x) => x.awaitingReview)).toBe(true);
  });
});
