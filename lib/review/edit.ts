import "server-only";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertActsAsClinician } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import { assertMayReview, auditReview, contextOf, ownAssignment, unsafeSharedPrompts } from "./assignment";
import { toCommentDto } from "./dto";
import type { CommentDto, EditCommentInput } from "./schemas";
import { commentSelect } from "./select";

// Correcting what was written: the author of a comment may change its text or withdraw it. The text
// it had before an edit is kept in CommentRevision (the audit trail never holds comment text, which is PHI);
// the audit trail records that it changed, by whom, and the revision's id. Only the author reaches a
// comment: anyone else (another clinician, another practice) gets a 404, clients and admins a 403.
// A client sees "edited" on changed feedback, and only the fact that withdrawn feedback was withdrawn.
// Editing is treatment, gated by the licence rule like writing; withdrawing never is, so a lapsed
// licence cannot keep words in front of a client that their author wants gone.

async function ownComment(actor: Actor, commentId: string) {
  assertActsAsClinician(actor);
  const comment = await db.comment.findFirst({
    where: { id: commentId, practiceId: actor.practiceId, authorId: actor.userId },
    select: { ...commentSelect, assignment: { select: { id: true } } },
  });
  if (!comment) throw notFound("That comment");
  // The assignment through the clinician's scope too: a comment never outlives access to its work.
  const row = await ownAssignment(actor, comment.assignment.id);
  return { comment, row };
}

function concernedOf(row: Awaited<ReturnType<typeof ownAssignment>>, recipientId: string | null): string[] {
  const one = recipientId ? row.recipients.find((r) => r.id === recipientId) : undefined;
  return one ? [one.clientId] : row.recipients.map((r) => r.clientId);
}

/** The author changes the text; the earlier text goes to CommentRevision. */
export async function editComment(
  actor: Actor,
  commentId: string,
  input: EditCommentInput,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<CommentDto> {
  assertCan(actor, "review:assignment:own");
  const { comment, row } = await ownComment(actor, commentId);
  if (comment.withdrawnAt)
    throw conflict("This was withdrawn, so it can't be changed.", { reason: "withdrawn" });
  await assertMayReview(actor, row, now);
  const body = input.body.trim();
  if (body === comment.body) return toCommentDto(comment, contextOf(row, await unsafeSharedPrompts(row.id)));
  const updated = await db.$transaction(async (tx) => {
    const revision = await tx.commentRevision.create({
      data: { practiceId: actor.practiceId, commentId: comment.id, body: comment.body, replacedAt: now },
      select: { id: true },
    });
    // Only if nobody withdrew or changed it since it was read: a second tab never loses a revision.
    const result = await tx.comment.updateMany({
      where: { id: comment.id, withdrawnAt: null, body: comment.body },
      data: { body, editedAt: now },
    });
    if (result.count !== 1)
      throw conflict("This changed while you were looking at it. Reload to see it now.", {
        reason: "changed",
      });
    await auditReview(
      actor,
      row,
      "comment.edited",
      concernedOf(row, comment.recipientId),
      meta,
      { kind: comment.kind, commentId: comment.id, revisionId: revision.id },
      tx,
    );
    return tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: commentSelect });
  });
  return toCommentDto(updated, contextOf(row, await unsafeSharedPrompts(row.id)));
}

/** The author withdraws it: the client no longer reads the text. Withdrawing twice is a 409. */
export async function withdrawComment(
  actor: Actor,
  commentId: string,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<CommentDto> {
  assertCan(actor, "review:assignment:own");
  const { comment, row } = await ownComment(actor, commentId);
  if (comment.withdrawnAt) throw conflict("This was already withdrawn.", { reason: "withdrawn" });
  // The text stays on the comment (its author still reads it, marked withdrawn): no revision needed.
  const updated = await db.$transaction(async (tx) => {
    const result = await tx.comment.updateMany({
      where: { id: comment.id, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    if (result.count !== 1) throw conflict("This was already withdrawn.", { reason: "withdrawn" });
    await auditReview(
      actor,
      row,
      "comment.withdrawn",
      concernedOf(row, comment.recipientId),
      meta,
      { kind: comment.kind, commentId: comment.id },
      tx,
    );
    return tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: commentSelect });
  });
  return toCommentDto(updated, contextOf(row, await unsafeSharedPrompts(row.id)));
}
