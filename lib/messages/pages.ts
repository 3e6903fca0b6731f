import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { closedConversation } from "./closed";
import { findReferable } from "./reference";
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
 * The assignment (and piece of feedback) a "Reply" link names, if the thread's readers may see it
 * (./reference.ts); anything else is silently dropped (no reference shown).
 */
export async function replyReference(
  actor: Actor,
  threadId: string,
  assignmentId: string | undefined,
  commentId: string | undefined,
): Promise<ReplyReference | null> {
  if (!assignmentId) return null;
  const found = await findReferable(actor, await loadThread(actor, threadId), assignmentId, commentId);
  if (!found.assignment) return null;
  return { assignmentId: found.assignment.id, commentId: found.commentId, title: found.assignment.title };
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
