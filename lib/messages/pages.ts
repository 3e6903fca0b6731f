import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { holdsRole, type Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { clientMaySeeFeedback } from "@/lib/review/feedback-reference";
import { closedConversation } from "./closed";
import { clinicianOf, clientIdsOf } from "./queries";
import { clientThreadKey, coupleThreadKey } from "./scope";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { listMessages, loadThread } from "./service";

// What the message pages need besides the API's reads: a client's threads made ready on their first
// visit, and the words of a "Reply" reference checked against the thread before it is shown.

/** A client's own thread, and their couple's joint one, exist (nothing is read or returned). */
export async function ensureMyThreads(actor: Actor): Promise<void> {
  assertCan(actor, "read:thread:own");
  if (actor.role !== "CLIENT") return;
  const me = await db.clientProfile.findFirst({
    where: { userId: actor.userId, practiceId: actor.practiceId, closedAt: null },
    select: { userId: true, coupleId: true },
  });
  if (!me) throw notFound("Your record");
  await db.messageThread.createMany({
    data: [
      {
        practiceId: actor.practiceId,
        key: clientThreadKey(me.userId),
        kind: me.coupleId ? "PRIVATE" : "INDIVIDUAL",
        clientId: me.userId,
      },
      ...(me.coupleId
        ? [
            {
              practiceId: actor.practiceId,
              key: coupleThreadKey(me.coupleId),
              kind: "JOINT" as const,
              coupleId: me.coupleId,
            },
          ]
        : []),
    ],
    skipDuplicates: true,
  });
}

export type ReplyReference = { assignmentId: string; commentId: string | null; title: string };

/**
 * The assignment (and piece of feedback) a "Reply" link names, if it belongs to a client of this
 * thread (and, for a client, to them); anything else is silently dropped (no reference shown).
 */
export async function replyReference(
  actor: Actor,
  threadId: string,
  assignmentId: string | undefined,
  commentId: string | undefined,
): Promise<ReplyReference | null> {
  if (!assignmentId || !/^[A-Za-z0-9_-]{1,64}$/.test(assignmentId)) return null;
  const row = await loadThread(actor, threadId);
  const clients = actor.role === "CLIENT" ? [actor.userId] : clientIdsOf(row);
  const assignment = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      practiceId: actor.practiceId,
      recipients: { some: { clientId: { in: clients } } },
      ...(holdsRole(actor, "CLINICIAN")
        ? { clinicianId: actor.userId }
        : { clinicianId: clinicianOf(row)?.id ?? "" }),
    },
    select: { id: true, exerciseVersion: { select: { title: true } } },
  });
  if (!assignment) return null;
  const comment = commentId && /^[A-Za-z0-9_-]{1,64}$/.test(commentId) ? commentId : null;
  // A client refers only to feedback they can read (the rule sending applies, lib/messages/send.ts).
  const known =
    comment !== null &&
    (actor.role === "CLIENT"
      ? await clientMaySeeFeedback(actor, assignment.id, comment)
      : (await db.comment.count({ where: { id: comment, assignmentId: assignment.id, kind: "FEEDBACK" } })) >
        0);
  return {
    assignmentId: assignment.id,
    commentId: known ? comment : null,
    title: assignment.exerciseVersion.title,
  };
}

/**
 * A conversation page's first load, for client and clinician alike: the latest messages (an
 * audited read) and the work a reply refers to (`?assignment=`, `?comment=`), if the reader may see it.
 */
export async function openConversation(
  actor: Actor,
  threadId: string,
  search: { assignment?: string; comment?: string },
  meta: AuditRequestMeta,
) {
  const initial = await listMessages(actor, threadId, { limit: 50 }, meta);
  const reference = await replyReference(actor, initial.thread.id, search.assignment, search.comment);
  const closed = closedConversation(actor, await loadThread(actor, initial.thread.id));
  return { initial, reference, closed: closed?.message ?? null };
}
