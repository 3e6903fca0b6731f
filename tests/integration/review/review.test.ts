import { describe, expect, it } from "vitest";
import { updateAssignment } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { reviewBody, createCommentBody } from "@/lib/review/schemas";
import { createComment, listClientFeedback, listComments, reviewAssignment } from "@/lib/review/service";
import { saveDraft } from "@/lib/responses/save";
import { getClientResponse } from "@/lib/responses/service";
import { deliverClientNewsNow } from "../notifications/client-news-support";
import { actorFor, createClient, createClinician, createUser } from "../../support/factories";
import { CAUSED_HARM, WAS_HURT, giveSlowingDown, recipientIdOf, reviewScenario, send } from "./support";

describe("marking work reviewed", () => {
  it("marks every sent copy reviewed, locks client editing, and is harmless to repeat", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await send(s.actors.sam, a.id, CAUSED_HARM);

    const result = await reviewAssignment(s.actors.clinician, a.id, { action: "reviewed" });
    expect(result.recipients.map((r) => r.state)).toEqual(["REVIEWED", "REVIEWED"]);
    expect(result.recipients.every((r) => r.reviewedAt !== null)).toBe(true);
    expect(result.comment).toBeNull();

    // Locked: the client's save and submit services refuse (409, reason reviewed).
    const alexResponse = await getClientResponse(s.actors.alex, a.id);
    expect(alexResponse.locked).toBe("reviewed");
    await expect(
      saveDraft(s.actors.alex, a.id, { version: alexResponse.version, answers: {} }),
    ).rejects.toMatchObject({
      status: 409,
      details: { reason: "reviewed" },
    });
    await expect(send(s.actors.sam, a.id, CAUSED_HARM)).rejects.toMatchObject({ status: 409 });

    const again = await reviewAssignment(s.actors.clinician, a.id, { action: "reviewed" });
    expect(again.recipients.map((r) => r.state)).toEqual(["REVIEWED", "REVIEWED"]);
    const events = await db.auditEvent.findMany({
      where: { action: "review.marked_reviewed", subjectId: a.id },
    });
    expect(events.map((e) => e.clientId).sort()).toEqual(
      [s.actors.alex.userId, s.actors.sam.userId, s.actors.alex.userId, s.actors.sam.userId].sort(),
    );
    expect(JSON.stringify(events.map((e) => e.metadata))).not.toContain("grief");
  });

  it("reviews only the partner who sent theirs, and refuses when nothing was sent", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await expect(reviewAssignment(s.actors.clinician, a.id, { action: "reviewed" })).rejects.toMatchObject({
      status: 409,
    });
    await send(s.actors.alex, a.id, WAS_HURT);
    const samCopy = await recipientIdOf(a.id, s.actors.sam.userId);
    await expect(
      reviewAssignment(s.actors.clinician, a.id, { action: "reviewed", recipientId: samCopy }),
    ).rejects.toMatchObject({ status: 409 });

    const result = await reviewAssignment(s.actors.clinician, a.id, {
      action: "reviewed",
      note: "Thank you for this.",
    });
    const byClient = Object.fromEntries(result.recipients.map((r) => [r.clientId, r.state]));
    expect(byClient).toEqual({ [s.actors.alex.userId]: "REVIEWED", [s.actors.sam.userId]: "ASSIGNED" });
    // The note is feedback for the one person it applied to, not the partner who has not sent yet.
    expect(result.comment?.visibleTo.map((p) => p.clientId)).toEqual([s.actors.alex.userId]);
    expect((await listClientFeedback(s.actors.sam, a.id)).map((f) => f.body)).toEqual([]);
    expect((await listClientFeedback(s.actors.alex, a.id)).map((f) => f.body)).toEqual([
      "Thank you for this.",
    ]);
    // Sam can still send theirs.
    await expect(send(s.actors.sam, a.id, CAUSED_HARM)).resolves.toMatchObject({ state: "SUBMITTED" });
  });
});

describe("asking for a revision", () => {
  it("reopens one partner's copy with a note only they see; they edit and send again", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await send(s.actors.sam, a.id, CAUSED_HARM);
    await reviewAssignment(s.actors.clinician, a.id, { action: "reviewed" });
    const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);

    const result = await reviewAssignment(s.actors.clinician, a.id, {
      action: "revision",
      recipientId: alexCopy,
      note: "Could you say more about what would help you feel safe?",
    });
    const byClient = Object.fromEntries(result.recipients.map((r) => [r.clientId, r.state]));
    expect(byClient).toEqual({
      [s.actors.alex.userId]: "REVISION_REQUESTED",
      [s.actors.sam.userId]: "REVIEWED",
    });
    expect(result.recipients.find((r) => r.clientId === s.actors.alex.userId)?.reviewedAt).toBeNull();
    expect(result.comment).toMatchObject({ kind: "FEEDBACK", recipientId: alexCopy, promptId: null });
    expect(result.comment?.visibleTo.map((p) => p.clientId)).toEqual([s.actors.alex.userId]);

    // Alex sees the note; Sam never does.
    expect((await listClientFeedback(s.actors.alex, a.id)).map((f) => [f.about, f.body])).toEqual([
      ["mine", "Could you say more about what would help you feel safe?"],
    ]);
    expect(await listClientFeedback(s.actors.sam, a.id)).toEqual([]);

    // Alex is told by email (through the queue: its job's handler run here) that there is a note
    // waiting, with nothing of the note or the answers in it.
    for (const p of s.partners) await deliverClientNewsNow(p.id, "revision");
    const emails = await db.outboxEmail.findMany({
      where: { to: { in: [s.partners[0].email, s.partners[1].email] } },
    });
    expect(emails.map((e) => e.to)).toEqual([s.partners[0].email]);
    expect(emails[0]!.subject).toContain("asked you to take another look");
    expect(emails[0]!.text).toContain(`/assignments/${a.id}`);
    for (const secret of ["feel safe", "grief", "Slowing down"])
      expect(emails[0]!.text + emails[0]!.html).not.toContain(secret);

    // Asking twice is refused; Sam's copy stays locked.
    await expect(
      reviewAssignment(s.actors.clinician, a.id, {
        action: "revision",
        recipientId: alexCopy,
        note: "Again",
      }),
    ).rejects.toMatchObject({ status: 409, details: { reason: "already_requested" } });
    await expect(send(s.actors.sam, a.id, CAUSED_HARM)).rejects.toMatchObject({ status: 409 });

    // Alex can edit and send again; it comes back as SUBMITTED (revision 2), and can be reviewed.
    const current = await getClientResponse(s.actors.alex, a.id);
    expect(current.locked).toBeNull();
    await saveDraft(s.actors.alex, a.id, {
      version: current.version,
      answers: {
        ...WAS_HURT,
        "what-would-help-safety": { value: "Tell me where you are, and answer when I call.", shared: false },
      },
    });
    const resent = await send(s.actors.alex, a.id, {
      ...WAS_HURT,
      "what-would-help-safety": { value: "Tell me where you are, and answer when I call.", shared: false },
    });
    expect(resent).toMatchObject({ state: "SUBMITTED", revision: 2 });
    const final = await reviewAssignment(s.actors.clinician, a.id, {
      action: "reviewed",
      recipientId: alexCopy,
    });
    expect(final.recipients.map((r) => r.state)).toEqual(["REVIEWED", "REVIEWED"]);
  });

  it("needs a note, and refuses withdrawn work and work never sent", async () => {
    expect(reviewBody.safeParse({ action: "revision" }).success).toBe(false);
    expect(reviewBody.safeParse({ action: "revision", note: "   " }).success).toBe(false);
    expect(reviewBody.safeParse({ action: "reviewed" }).success).toBe(true);
    expect(reviewBody.safeParse({ action: "approve" }).success).toBe(false);
    expect(reviewBody.safeParse({ action: "reviewed", recipientId: { not: "" } }).success).toBe(false);

    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await expect(
      reviewAssignment(s.actors.clinician, a.id, { action: "revision", note: "More please" }),
    ).rejects.toMatchObject({ status: 409 });
    await send(s.actors.alex, a.id, WAS_HURT);
    await updateAssignment(s.actors.clinician, a.id, { withdraw: true });
    await expect(
      reviewAssignment(s.actors.clinician, a.id, { action: "revision", note: "More please" }),
    ).rejects.toMatchObject({
      status: 409,
      details: { reason: "withdrawn" },
    });
  });

  it("asks both partners at once with one note addressed to both", async () => {
    const s = await reviewScenario();
    await db.user.update({ where: { id: s.actors.sam.userId }, data: { emailOptOut: true } });
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await send(s.actors.sam, a.id, CAUSED_HARM);
    const result = await reviewAssignment(s.actors.clinician, a.id, {
      action: "revision",
      note: "Let's both slow down on this one.",
    });
    expect(result.recipients.map((r) => r.state)).toEqual(["REVISION_REQUESTED", "REVISION_REQUESTED"]);
    expect(result.comment).toMatchObject({ recipientId: null });
    expect((await listClientFeedback(s.actors.alex, a.id)).map((f) => f.about)).toEqual(["general"]);
    expect((await listClientFeedback(s.actors.sam, a.id)).map((f) => f.about)).toEqual(["general"]);
    // Sam turned emails off: only Alex is told.
    for (const p of s.partners) await deliverClientNewsNow(p.id, "revision");
    expect(
      (
        await db.outboxEmail.findMany({ where: { to: { in: [s.partners[0].email, s.partners[1].email] } } })
      ).map((e) => e.to),
    ).toEqual([s.partners[0].email]);
  });
});

describe("who can act on and read comments", () => {
  it("lets only the clinician who gave the work review or comment (404 for others, 403 for other roles)", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    const colleague = actorFor(await createClinician(s.practice.id));
    const elsewhere = await reviewScenario();
    const note = { kind: "PRIVATE_NOTE" as const, body: "Ask about the weekend." };

    for (const stranger of [colleague, elsewhere.actors.clinician]) {
      await expect(reviewAssignment(stranger, a.id, { action: "reviewed" })).rejects.toMatchObject({
        status: 404,
      });
      await expect(createComment(stranger, a.id, note)).rejects.toMatchObject({ status: 404 });
      await expect(listComments(stranger, a.id)).rejects.toMatchObject({ status: 404 });
    }
    for (const other of [s.actors.alex, s.actors.admin]) {
      await expect(reviewAssignment(other, a.id, { action: "reviewed" })).rejects.toMatchObject({
        status: 403,
      });
      await expect(createComment(other, a.id, note)).rejects.toMatchObject({ status: 403 });
    }
    await expect(listComments(s.actors.admin, a.id)).rejects.toMatchObject({ status: 403 });
    // A client of another couple, or of another practice, does not know it exists.
    await expect(listComments(s.actors.client, a.id)).rejects.toMatchObject({ status: 404 });
    await expect(listComments(elsewhere.actors.alex, a.id)).rejects.toMatchObject({ status: 404 });
    await expect(listClientFeedback(elsewhere.actors.alex, a.id)).rejects.toMatchObject({ status: 404 });

    // Nothing was changed by any of them.
    expect(await db.comment.count({ where: { assignmentId: a.id } })).toBe(0);
    expect(
      (await db.assignmentRecipient.findMany({ where: { assignmentId: a.id } })).map((r) => r.state).sort(),
    ).toEqual(["ASSIGNED", "SUBMITTED"]);
  });

  it("refuses comments on questions that are not theirs, answers not yet sent, and copies of other work", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    const b = await giveSlowingDown(s, { allowDuplicate: true });
    await send(s.actors.alex, a.id, WAS_HURT);
    const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);
    const samCopy = await recipientIdOf(a.id, s.actors.sam.userId);
    const otherCopy = await recipientIdOf(b.id, s.actors.alex.userId);
    const feedback = { kind: "FEEDBACK" as const, body: "Thank you." };

    // "what-i-did" belongs to the other perspective.
    await expect(
      createComment(s.actors.clinician, a.id, { ...feedback, recipientId: alexCopy, promptId: "what-i-did" }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      createComment(s.actors.clinician, a.id, { ...feedback, recipientId: samCopy, promptId: "what-i-did" }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      createComment(s.actors.clinician, a.id, { ...feedback, recipientId: otherCopy }),
    ).rejects.toMatchObject({ status: 404 });
    expect(createCommentBody.safeParse({ ...feedback, promptId: "readiness" }).success).toBe(false);
    expect(createCommentBody.safeParse({ ...feedback, body: "  " }).success).toBe(false);
    expect(createCommentBody.safeParse({ ...feedback, body: "x".repeat(5_001) }).success).toBe(false);
    expect(createCommentBody.safeParse({ ...feedback, kind: "SECRET" }).success).toBe(false);
  });

  it("shows each client exactly the feedback meant for them (the visibility matrix)", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);
    const samCopy = await recipientIdOf(a.id, s.actors.sam.userId);
    const c = s.actors.clinician;
    const write = (
      kind: "PRIVATE_NOTE" | "FEEDBACK",
      body: string,
      recipientId?: string,
      promptId?: string,
    ) =>
      createComment(c, a.id, {
        kind,
        body,
        ...(recipientId ? { recipientId } : {}),
        ...(promptId ? { promptId } : {}),
      });

    await write("PRIVATE_NOTE", "note: grief is close to the surface", alexCopy, "feelings-in-words");
    await write("FEEDBACK", "on Alex's shared feelings", alexCopy, "feelings-in-words");
    await write("FEEDBACK", "on Alex's private request", alexCopy, "what-would-help-safety");
    await write("FEEDBACK", "to Alex in general", alexCopy);
    await write("FEEDBACK", "to both of you");
    await write("PRIVATE_NOTE", "note: check in about sleep");

    // Before Sam has sent theirs, Sam sees only what is addressed to everyone.
    expect((await listClientFeedback(s.actors.sam, a.id)).map((f) => f.body)).toEqual(["to both of you"]);

    await send(s.actors.sam, a.id, CAUSED_HARM);
    await write("FEEDBACK", "on Sam's shared impact", samCopy, "impact-on-partner");
    await write("FEEDBACK", "on Sam's private account", samCopy, "what-i-did");
    await write("PRIVATE_NOTE", "note: Sam minimises", samCopy, "what-i-did");

    const alexSees = await listClientFeedback(s.actors.alex, a.id);
    expect(alexSees.map((f) => f.body)).toEqual([
      "on Alex's shared feelings",
      "on Alex's private request",
      "to Alex in general",
      "to both of you",
      "on Sam's shared impact",
    ]);
    expect(alexSees.find((f) => f.body === "on Sam's shared impact")).toMatchObject({
      about: "partner",
      promptLabel: "What do you imagine this has been like for your partner?",
    });
    expect(alexSees.find((f) => f.body === "on Alex's private request")).toMatchObject({
      about: "mine",
      promptId: "what-would-help-safety",
    });

    // Alex read feedback on Sam's shared answer: a read of Sam's record, in the audit trail.
    const alexRead = await listClientFeedback(s.actors.alex, a.id, { requestId: "alex-feedback" });
    expect(alexRead).toEqual(alexSees);
    const partnerReads = await db.auditEvent.findMany({
      where: { action: "comment.read", requestId: "alex-feedback" },
    });
    expect(partnerReads.map((e) => [e.actorId, e.clientId, e.subjectId])).toEqual([
      [s.actors.alex.userId, s.actors.sam.userId, a.id],
    ]);

    const samSees = await listClientFeedback(s.actors.sam, a.id);
    expect(samSees.map((f) => f.body)).toEqual([
      "on Alex's shared feelings",
      "to both of you",
      "on Sam's shared impact",
      "on Sam's private account",
    ]);
    for (const seen of [...alexSees, ...samSees]) expect(seen.body).not.toMatch(/^note:/);

    // The API's client view is the same list; the clinician's lists everything with its audience.
    expect(await listComments(s.actors.alex, a.id)).toEqual({ view: "client", feedback: alexSees });
    const all = await listComments(c, a.id, { requestId: "req-1" });
    if (all.view !== "clinician") throw new Error("expected the clinician view");
    const audience = Object.fromEntries(
      all.comments.map((x) => [x.body, x.visibleTo.map((p) => p.clientId).sort()]),
    );
    const both = [s.actors.alex.userId, s.actors.sam.userId].sort();
    expect(audience).toEqual({
      "note: grief is close to the surface": [],
      "on Alex's shared feelings": both,
      "on Alex's private request": [s.actors.alex.userId],
      "to Alex in general": [s.actors.alex.userId],
      "to both of you": both,
      "note: check in about sleep": [],
      "on Sam's shared impact": both,
      "on Sam's private account": [s.actors.sam.userId],
      "note: Sam minimises": [],
    });
    const reads = await db.auditEvent.findMany({
      where: { action: "comment.read", subjectId: a.id, requestId: "req-1" },
    });
    expect(reads.map((r) => r.clientId).sort()).toEqual(both);
  });

  it("follows the answer: when it is made private again, its feedback leaves the partner's view", async () => {
    const s = await reviewScenario();
    const a = await giveSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    await send(s.actors.sam, a.id, CAUSED_HARM);
    const alexCopy = await recipientIdOf(a.id, s.actors.alex.userId);
    await createComment(s.actors.clinician, a.id, {
      kind: "FEEDBACK",
      body: "That took courage.",
      recipientId: alexCopy,
      promptId: "feelings-in-words",
    });
    expect((await listClientFeedback(s.actors.sam, a.id)).map((f) => f.body)).toEqual(["That took courage."]);

    await reviewAssignment(s.actors.clinician, a.id, {
      action: "revision",
      recipientId: alexCopy,
      note: "One more look?",
    });
    await send(s.actors.alex, a.id, {
      ...WAS_HURT,
      "feelings-in-words": { value: "Mostly grief.", shared: false },
    });
    expect(await listClientFeedback(s.actors.sam, a.id)).toEqual([]);
    expect((await listClientFeedback(s.actors.alex, a.id)).map((f) => f.body)).toEqual([
      "That took courage.",
      "One more look?",
    ]);
  });

  it("keeps an individual client's feedback theirs, and a colleague's client out", async () => {
    const s = await reviewScenario();
    const { createAssignments } = await import("@/lib/assignments/service");
    const created = await createAssignments(s.actors.clinician, {
      exercise: "weekly-trust-check-in",
      clientId: s.client.id,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const id = created.items[0]!.id;
    await send(s.actors.client, id, {
      "felt-safe": { value: 4, shared: false },
      "could-count-on": { value: 5, shared: false },
      openness: { value: 4, shared: false },
      hope: { value: 6, shared: false },
    });
    await createComment(s.actors.clinician, id, { kind: "FEEDBACK", body: "Good to see hope rising." });
    await createComment(s.actors.clinician, id, {
      kind: "PRIVATE_NOTE",
      body: "Discuss the drop in openness.",
    });
    expect((await listClientFeedback(s.actors.client, id)).map((f) => f.body)).toEqual([
      "Good to see hope rising.",
    ]);
    await expect(listClientFeedback(s.actors.alex, id)).rejects.toMatchObject({ status: 404 });

    const colleague = await createClinician(s.practice.id);
    const theirClient = actorFor(await createClient(s.practice.id, colleague.id));
    await expect(listClientFeedback(theirClient, id)).rejects.toMatchObject({ status: 404 });
    const admin = actorFor(await createUser(s.practice.id, "ADMIN"));
    await expect(listClientFeedback(admin, id)).rejects.toMatchObject({ status: 403 });
  });
});
