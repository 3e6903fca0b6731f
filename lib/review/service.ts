import "server-only";
import { clientScope } from "@/lib/assignments/scope";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { conflict, badRequest, notFound } from "@/lib/errors";
import { storedDefinition } from "@/lib/exercises/definition";
import { firstName } from "@/lib/text/names";
import type { Actor } from "@/lib/policy/actor";
import { actsAsClient, assertActsAsClient } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import {
  assertMayReview,
  auditReview,
  contextOf,
  ownAssignment,
  reviewAssignmentSelect,
  unsafeSharedPrompts,
} from "./assignment";
import { recordClientNews } from "@/lib/notifications/client-news";
import { safePrompts, toClientFeedback, toCommentDto, type CommentRow } from "./dto";
import type {
  ClientFeedbackDto,
  CommentDto,
  CommentListDto,
  CreateCommentInput,
  ReviewInput,
  ReviewResultDto,
} from "./schemas";
import { commentSelect } from "./select";

// Reviewing work: the clinician who gave an assignment writes private notes and feedback on it, marks
// it reviewed (which locks the client's copy) or asks for a revision (which reopens it). Writing either
// needs a licence where the clients are now (lib/jurisdiction, the rule assigning uses); reading never
// does, so the record stays readable to its clinician and the admin after a licence lapses. Scoping:
// - only the clinician who gave the assignment reaches it; anyone else (another clinician, another
//   practice) gets a 404, clients and admins a 403 for clinician actions;
// - a client reads only the feedback lib/review/visibility.ts lets them see, on their own copy.
// Every change and every clinician read is in the audit trail (ids and kinds, never the text).

// ---------------------------------------------------------------------------------------------
// Reading

/**
 * Clinician: every comment on an assignment they gave, with who can read each (the read is audited
 * once per client). Client: the feedback they may see on their own copy; never a private note.
 */
export async function listComments(
  actor: Actor,
  assignmentId: string,
  meta: AuditRequestMeta = {},
): Promise<CommentListDto> {
  assertCan(actor, "read:assignment:own");
  if (actsAsClient(actor))
    return { view: "client", feedback: await listClientFeedback(actor, assignmentId, meta) };
  const row = await ownAssignment(actor, assignmentId);
  const [shared, rows] = await Promise.all([
    unsafeSharedPrompts(row.id),
    db.comment.findMany({
      where: { assignmentId: row.id, practiceId: actor.practiceId },
      select: commentSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  await auditReview(
    actor,
    row,
    "comment.read",
    row.recipients.map((r) => r.clientId),
    meta,
    { comments: rows.length },
  );
  const ctx = contextOf(row, shared);
  return { view: "clinician", comments: rows.map((r) => toCommentDto(r, ctx)) };
}

/**
 * The feedback a client may read on their own copy of an assignment, oldest first. Feedback on an
 * answer the partner shared is part of the partner's record: reading it is written to the audit
 * trail (against the partner) before it is returned, like the shared answers themselves.
 */
export async function listClientFeedback(
  actor: Actor,
  assignmentId: string,
  meta: AuditRequestMeta = {},
  opts: { markSeen?: boolean } = {},
): Promise<ClientFeedbackDto[]> {
  assertCan(actor, "read:assignment:own");
  assertActsAsClient(actor);
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, ...clientScope(actor) },
    select: reviewAssignmentSelect,
  });
  const mine = row?.recipients.find((r) => r.clientId === actor.userId);
  if (!row || !mine) throw notFound("That assignment");
  const partnerIds = row.recipients.filter((r) => r.id !== mine.id).map((r) => r.id);
  // Private notes are never even loaded for a client; a partner's feedback only when it is about one answer.
  const [shared, rows, seen] = await Promise.all([
    unsafeSharedPrompts(row.id),
    db.comment.findMany({
      where: {
        assignmentId: row.id,
        practiceId: actor.practiceId,
        kind: "FEEDBACK",
        OR: [
          { recipientId: null },
          { recipientId: mine.id },
          { recipientId: { in: partnerIds }, promptId: { not: null } },
        ],
      },
      select: commentSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.assignmentRecipient.findUniqueOrThrow({ where: { id: mine.id }, select: { feedbackSeenAt: true } }),
  ]);
  const ctx = contextOf(row, shared);
  const feedback = toClientFeedback(rows as CommentRow[], mine.id, ctx, seen.feedbackSeenAt);
  // Opening the work page is "seeing" its feedback: the home page's "new feedback" goes away.
  if (opts.markSeen && feedback.some((f) => f.isNew)) {
    await db.assignmentRecipient.update({
      where: { id: mine.id },
      data: { feedbackSeenAt: new Date() },
      select: { id: true },
    });
  }
  const aboutPartner = rows.filter(
    (r) => r.recipientId !== null && r.recipientId !== mine.id && feedback.some((f) => f.id === r.id),
  );
  const partners = [
    ...new Set(aboutPartner.map((r) => row.recipients.find((x) => x.id === r.recipientId)!.clientId)),
  ];
  await recordAuditMany(
    actor,
    partners.map((clientId) => ({
      action: "comment.read",
      subjectType: "Assignment",
      subjectId: row.id,
      clientId,
      metadata: { view: "partner_feedback", comments: aboutPartner.length },
    })),
    meta,
  );
  return feedback;
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * A private note or feedback on an assignment the clinician gave: about the whole of it, one
 * person's copy, or one of their answers (which must have been sent).
 */
export async function createComment(
  actor: Actor,
  assignmentId: string,
  input: CreateCommentInput,
  meta: AuditRequestMeta = {},
): Promise<CommentDto> {
  assertCan(actor, "review:assignment:own");
  const row = await ownAssignment(actor, assignmentId);
  await assertMayReview(actor, row);
  const recipient = input.recipientId ? row.recipients.find((r) => r.id === input.recipientId) : undefined;
  if (input.recipientId && !recipient) throw notFound("That person's copy");
  if (input.promptId && recipient) {
    const prompts = safePrompts(storedDefinition(row.exerciseVersion.definition), recipient.perspectiveId);
    if (!prompts.some((p) => p.id === input.promptId)) {
      throw badRequest("That question is not part of their copy of this exercise.", [
        { path: "promptId", message: "Not one of their questions." },
      ]);
    }
    if (!recipient.submittedAt) {
      throw conflict(
        `${firstName(recipient.client.user.name)} hasn't sent this yet, so there is no answer to comment on.`,
        { reason: "not_submitted" },
      );
    }
  }
  const feedbackNotices = (recipient ? [recipient] : row.recipients).map((r) => ({
    userId: r.clientId,
    kind: "feedback" as const,
    assignmentId: row.id,
    actorId: actor.userId,
  }));
  const created = await db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: {
        practiceId: actor.practiceId,
        assignmentId: row.id,
        recipientId: recipient?.id ?? null,
        promptId: input.promptId ?? null,
        authorId: actor.userId,
        kind: input.kind,
        body: input.body,
      },
      select: commentSelect,
    });
    const concerned = recipient ? [recipient.clientId] : row.recipients.map((r) => r.clientId);
    await auditReview(
      actor,
      row,
      "comment.created",
      concerned,
      meta,
      { kind: input.kind, onAnswer: Boolean(input.promptId), commentId: comment.id },
      tx,
    );
    // Feedback (never a private note) is news to the people it is addressed to.
    if (input.kind === "FEEDBACK") await recordClientNews(tx, feedbackNotices);
    return comment;
  });
  return toCommentDto(created, contextOf(row, await unsafeSharedPrompts(row.id)));
}

const REVIEWABLE = ["SUBMITTED", "REVISION_REQUESTED"] as const;
const REOPENABLE = ["SUBMITTED", "REVIEWED"] as const;

/**
 * "reviewed": every targeted copy that has been sent becomes REVIEWED (the client can no longer
 * change it; marking it twice is harmless). "revision": every targeted copy that was sent (and not
 * already reopened) becomes REVISION_REQUESTED, so the client can change it and send it again; the
 * note says what to look at. Without recipientId the action applies to everyone who has sent theirs.
 * A note becomes feedback addressed to exactly the people the action applied to.
 */
export async function reviewAssignment(
  actor: Actor,
  assignmentId: string,
  input: ReviewInput,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<ReviewResultDto> {
  assertCan(actor, "review:assignment:own");
  const row = await ownAssignment(actor, assignmentId);
  await assertMayReview(actor, row, now);
  let targets = row.recipients;
  if (input.recipientId) {
    const one = row.recipients.find((r) => r.id === input.recipientId);
    if (!one) throw notFound("That person's copy");
    if (!one.submittedAt) {
      throw conflict(
        `${firstName(one.client.user.name)} hasn't sent this yet, so there is nothing to review.`,
        { reason: "not_submitted" },
      );
    }
    targets = [one];
  } else {
    targets = row.recipients.filter((r) => r.submittedAt !== null);
    if (targets.length === 0)
      throw conflict("Nothing has been sent yet, so there is nothing to review.", {
        reason: "not_submitted",
      });
  }

  let changed: typeof targets;
  if (input.action === "reviewed") {
    changed = targets.filter((r) => (REVIEWABLE as readonly string[]).includes(r.state));
  } else {
    if (row.status === "WITHDRAWN")
      throw conflict("This was withdrawn, so it can't be reopened.", { reason: "withdrawn" });
    changed = targets.filter((r) => (REOPENABLE as readonly string[]).includes(r.state));
    if (changed.length === 0) {
      throw conflict(
        "You have already asked for another look; it will come back to you when it is sent again.",
        { reason: "already_requested" },
      );
    }
  }

  const note = input.note?.trim() ? input.note.trim() : null;
  // The people it applied to hear of it by email (batched, through the queue, after quiet hours): a
  // revision request always; marking reviewed only when it comes with a note (feedback).
  const told = changed.length > 0 ? changed : targets;
  const notices =
    input.action === "revision"
      ? changed.map((r) => ({
          userId: r.clientId,
          kind: "revision" as const,
          assignmentId: row.id,
          actorId: actor.userId,
        }))
      : note
        ? told.map((r) => ({
            userId: r.clientId,
            kind: "feedback" as const,
            assignmentId: row.id,
            actorId: actor.userId,
          }))
        : [];
  const comment = await db.$transaction(async (tx) => {
    if (changed.length > 0) {
      const ids = changed.map((r) => r.id);
      const result =
        input.action === "reviewed"
          ? await tx.assignmentRecipient.updateMany({
              where: {
                id: { in: ids },
                assignmentId: row.id,
                submittedAt: { not: null },
                state: { in: [...REVIEWABLE] },
              },
              data: { state: "REVIEWED", reviewedAt: now, reviewedById: actor.userId },
            })
          : await tx.assignmentRecipient.updateMany({
              where: {
                id: { in: ids },
                assignmentId: row.id,
                submittedAt: { not: null },
                state: { in: [...REOPENABLE] },
              },
              data: { state: "REVISION_REQUESTED", reviewedAt: null, reviewedById: null },
            });
      // Someone changed it between our read and this write (e.g. a second click): nothing half-done.
      if (result.count !== ids.length)
        throw conflict("This changed while you were looking at it. Reload to see where it is now.", {
          reason: "changed",
        });
    }
    // Addressed to exactly the people the action applied to: everyone on it, or one person.
    const addressedTo = changed.length > 0 ? changed : targets;
    const everyone = addressedTo.length === row.recipients.length;
    // With several (but not all) people addressed, each gets their own copy of the note.
    let created: CommentRow | null = null;
    if (note) {
      for (const recipientId of everyone ? [null] : addressedTo.map((r) => r.id)) {
        const one = await tx.comment.create({
          data: {
            practiceId: actor.practiceId,
            assignmentId: row.id,
            recipientId,
            promptId: null,
            authorId: actor.userId,
            kind: "FEEDBACK",
            body: note,
          },
          select: commentSelect,
        });
        created ??= one;
      }
    }
    await auditReview(
      actor,
      row,
      input.action === "reviewed" ? "review.marked_reviewed" : "review.revision_requested",
      targets.map((r) => r.clientId),
      meta,
      { changed: changed.length, withNote: note !== null },
      tx,
    );
    await recordClientNews(tx, notices, now);
    return created;
  });

  const after = await ownAssignment(actor, assignmentId);
  return {
    assignmentId: after.id,
    recipients: after.recipients.map((r) => ({
      recipientId: r.id,
      clientId: r.clientId,
      state: r.state,
      reviewedAt: r.reviewedAt?.toISOString() ?? null,
    })),
    comment: comment ? toCommentDto(comment, contextOf(after, await unsafeSharedPrompts(after.id))) : null,
  };
}
