import { describe, expect, it } from "vitest";
import { feedbackReplyHref } from "@/components/review/feedback-item";
import { createAssignments } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { replyReference } from "@/lib/messages/pages";
import { sendMessage } from "@/lib/messages/send";
import { listMessages, openThread } from "@/lib/messages/service";
import type { Actor } from "@/lib/policy/actor";
import { listClientFeedback } from "@/lib/review/service";
import { CAUSED_HARM, WAS_HURT, recipientIdOf, send } from "../review/support";
import { key, messagesScenario, type MessagesScenario } from "./support";

// "Reply" on a piece of feedback: the link the work page renders leads to the thread whose people
// all read that feedback (a partner's private thread when only they do, the couple's joint one when
// both do), and the message stores which feedback it is about. Nobody can refer to feedback they
// cannot read: the reference is refused like a missing one and nothing is stored.

async function coupleWorkWithFeedback(s: MessagesScenario) {
  const created = await createAssignments(s.actors.clinician, {
    exercise: "slowing-down",
    coupleId: s.couple.id,
    perspectives: { [s.actors.alex.userId]: "was-hurt", [s.actors.sam.userId]: "caused-harm" },
    dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    allowDuplicate: true,
  });
  const assignmentId = created.items[0]!.id;
  // Both send theirs: Alex's "feelings-in-words" is shared, "what-would-help-safety" is not.
  await send(s.actors.alex, assignmentId, WAS_HURT);
  await send(s.actors.sam, assignmentId, CAUSED_HARM);
  const alexCopy = await recipientIdOf(assignmentId, s.actors.alex.userId);
  const samCopy = await recipientIdOf(assignmentId, s.actors.sam.userId);
  const feedback = (body: string, recipientId: string | null, promptId: string | null = null) =>
    db.comment.create({
      data: {
        practiceId: s.practice.id,
        assignmentId,
        authorId: s.actors.clinician.userId,
        kind: "FEEDBACK",
        body,
        recipientId,
        promptId,
      },
      select: { id: true },
    });
  return {
    assignmentId,
    // Seen by Alex alone: on an answer Alex kept private.
    onAlexsPrivateAnswer: (await feedback("private", alexCopy, "what-would-help-safety")).id,
    // Seen by both: on an answer Alex shared (both have sent theirs), and on the work as a whole.
    onAlexsSharedAnswer: (await feedback("shared", alexCopy, "feelings-in-words")).id,
    general: (await feedback("general", null)).id,
    // Seen by Sam alone: a note on Sam's copy.
    onSamsCopy: (await feedback("for Sam", samCopy)).id,
  };
}

/** What the work page's "Reply" does: the thread its link opens, then a message sent from there. */
async function replyFromWorkPage(actor: Actor, assignmentId: string, commentId: string) {
  const feedback = await listClientFeedback(actor, assignmentId);
  const item = feedback.find((f) => f.id === commentId);
  expect(item, `feedback ${commentId} is on the page`).toBeDefined();
  const href = new URL(feedbackReplyHref({ assignmentId, couple: true }, item!), "https://mend.test");
  const kind = href.searchParams.get("open") as "own" | "joint";
  const thread = await openThread(actor, { kind });
  const reference = await replyReference(
    actor,
    thread.id,
    href.searchParams.get("assignment") ?? undefined,
    href.searchParams.get("comment") ?? undefined,
  );
  expect(reference).toMatchObject({ assignmentId, commentId });
  const sent = await sendMessage(actor, thread.id, {
    body: `About ${commentId}`,
    idempotencyKey: key(),
    assignmentId: reference!.assignmentId,
    commentId: reference!.commentId!,
  });
  return db.message.findUniqueOrThrow({
    where: { id: sent.message.id },
    select: { threadId: true, assignmentId: true, commentId: true },
  });
}

describe("replying to feedback", () => {
  it("lands in the thread of exactly the people who read the feedback, with the reference stored", async () => {
    const s = await messagesScenario();
    const w = await coupleWorkWithFeedback(s);

    // Only Alex reads it: Alex's private thread with the clinician.
    expect(await replyFromWorkPage(s.actors.alex, w.assignmentId, w.onAlexsPrivateAnswer)).toEqual({
      threadId: s.threads.alexPrivate.id,
      assignmentId: w.assignmentId,
      commentId: w.onAlexsPrivateAnswer,
    });
    // Both read it: the joint thread, from either side (for Alex it is feedback on Alex's own answer).
    expect(await replyFromWorkPage(s.actors.alex, w.assignmentId, w.onAlexsSharedAnswer)).toEqual({
      threadId: s.threads.joint.id,
      assignmentId: w.assignmentId,
      commentId: w.onAlexsSharedAnswer,
    });
    expect(await replyFromWorkPage(s.actors.sam, w.assignmentId, w.onAlexsSharedAnswer)).toMatchObject({
      threadId: s.threads.joint.id,
      commentId: w.onAlexsSharedAnswer,
    });
    expect(await replyFromWorkPage(s.actors.sam, w.assignmentId, w.general)).toMatchObject({
      threadId: s.threads.joint.id,
      commentId: w.general,
    });
    // Only Sam reads it: Sam's private thread.
    expect(await replyFromWorkPage(s.actors.sam, w.assignmentId, w.onSamsCopy)).toMatchObject({
      threadId: s.threads.samPrivate.id,
      commentId: w.onSamsCopy,
    });

    // The reference comes back with the message, to the other reader of the joint thread.
    const page = await listMessages(s.actors.sam, s.threads.joint.id, {});
    expect(page.messages.find((m) => m.authorId === s.actors.alex.userId)?.reference).toMatchObject({
      assignmentId: w.assignmentId,
      commentId: w.onAlexsSharedAnswer,
    });
    // Nothing of the private reply reached the joint thread.
    expect(page.messages.some((m) => m.reference?.commentId === w.onAlexsPrivateAnswer)).toBe(false);
  });

  it("refuses a reference to feedback the client cannot read, storing nothing", async () => {
    const s = await messagesScenario();
    const w = await coupleWorkWithFeedback(s);
    const refer = (actor: Actor, threadId: string, commentId: string) =>
      sendMessage(actor, threadId, {
        body: "What did you tell Alex?",
        idempotencyKey: key(),
        assignmentId: w.assignmentId,
        commentId,
      });

    // Sam, about feedback on Alex's private answer: neither in the joint thread nor in Sam's own.
    await expect(refer(s.actors.sam, s.threads.joint.id, w.onAlexsPrivateAnswer)).rejects.toMatchObject({
      status: 404,
    });
    await expect(refer(s.actors.sam, s.threads.samPrivate.id, w.onAlexsPrivateAnswer)).rejects.toMatchObject({
      status: 404,
    });
    // Alex, about the note on Sam's copy.
    await expect(refer(s.actors.alex, s.threads.joint.id, w.onSamsCopy)).rejects.toMatchObject({
      status: 404,
    });
    // Another client of the practice, about the couple's feedback, in their own thread.
    await expect(refer(s.actors.client, s.threads.individual.id, w.general)).rejects.toMatchObject({
      status: 404,
    });
    // A private note is never feedback, even to the clinician's own client.
    const note = await db.comment.create({
      data: {
        practiceId: s.practice.id,
        assignmentId: w.assignmentId,
        authorId: s.actors.clinician.userId,
        kind: "PRIVATE_NOTE",
        body: "note",
      },
      select: { id: true },
    });
    await expect(refer(s.actors.alex, s.threads.joint.id, note.id)).rejects.toMatchObject({ status: 404 });
    expect(await db.message.count({ where: { practiceId: s.practice.id } })).toBe(0);

    // The page a crafted "Reply" link opens shows no reference to it either.
    expect(
      await replyReference(s.actors.sam, s.threads.joint.id, w.assignmentId, w.onAlexsPrivateAnswer),
    ).toMatchObject({ assignmentId: w.assignmentId, commentId: null });
    // Feedback Sam does read is still referred to from Sam's threads.
    expect(
      await replyReference(s.actors.sam, s.threads.joint.id, w.assignmentId, w.onAlexsSharedAnswer),
    ).toMatchObject({ commentId: w.onAlexsSharedAnswer });
  });

  it("lets a clinician refer only to work and feedback every client in the thread already sees", async () => {
    const s = await messagesScenario();
    const w = await coupleWorkWithFeedback(s);
    const clinician = s.actors.clinician;
    const refer = (threadId: string, assignmentId: string, commentId?: string) =>
      sendMessage(clinician, threadId, {
        body: "About this",
        idempotencyKey: key(),
        assignmentId,
        ...(commentId ? { commentId } : {}),
      });

    // Feedback only Alex reads: in Alex's private thread, yes; in the joint one or Sam's, it looks missing.
    await expect(
      refer(s.threads.alexPrivate.id, w.assignmentId, w.onAlexsPrivateAnswer),
    ).resolves.toMatchObject({
      created: true,
    });
    for (const threadId of [s.threads.joint.id, s.threads.samPrivate.id]) {
      await expect(refer(threadId, w.assignmentId, w.onAlexsPrivateAnswer)).rejects.toMatchObject({
        status: 404,
      });
    }
    // Feedback both read: in the joint thread too.
    await expect(refer(s.threads.joint.id, w.assignmentId, w.onAlexsSharedAnswer)).resolves.toMatchObject({
      created: true,
    });

    // Alex's individual work: in Alex's private thread, not in the joint one (Sam would learn its title).
    const solo = await createAssignments(clinician, {
      exercise: "weekly-trust-check-in",
      clientId: s.actors.alex.userId,
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      allowDuplicate: true,
    });
    const soloId = solo.items[0]!.id;
    await expect(refer(s.threads.alexPrivate.id, soloId)).resolves.toMatchObject({ created: true });
    await expect(refer(s.threads.joint.id, soloId)).rejects.toMatchObject({ status: 404 });
    expect(await replyReference(clinician, s.threads.joint.id, soloId, undefined)).toBeNull();
    expect(
      await replyReference(clinician, s.threads.joint.id, w.assignmentId, w.onAlexsPrivateAnswer),
    ).toMatchObject({ assignmentId: w.assignmentId, commentId: null });

    const joint = await listMessages(s.actors.sam, s.threads.joint.id, {});
    expect(joint.messages.map((m) => m.reference?.commentId ?? null)).toEqual([w.onAlexsSharedAnswer]);
  });
});
