import "server-only";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { assertCanTreat } from "@/lib/jurisdiction/service";
import { holdsRole, type Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { auditMessageSent } from "./audit";
import { closedConversation } from "./closed";
import { toMessageDto } from "./dto";
import { queueMessageEmails } from "./notify";
import { clientIdsOf, clinicianOf, messageSelect, referenceTitles, type ThreadRow } from "./queries";
import { consumeMessageSend } from "./rate-limit";
import { findReferable } from "./reference";
import type { MessageDto, SendMessageInput } from "./schemas";
import { loadThread } from "./service";

// Sending a message. Exactly once per idempotency key: the key is the sender's (unique with the
// author), so a retry after a lost answer, a double tap or the offline queue replaying finds the first
// message instead of making a second one (and does not count against the send limit).
// A clinician writing is asynchronous treatment (jurisdiction.md §2, "store-and-forward ... for
// treatment"): it needs a licence where the thread's clients are now, checked and recorded like
// reviewing. A client writing is never gated, and the crisis resources are always shown.

export type SendResult = { message: MessageDto; created: boolean };

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "P2002";
}

async function existing(actor: Actor, threadId: string, key: string): Promise<SendResult | null> {
  const found = await db.message.findUnique({
    where: { authorId_idempotencyKey: { authorId: actor.userId, idempotencyKey: key } },
    select: messageSelect,
  });
  if (!found) return null;
  if (found.threadId !== threadId)
    throw conflict("This message was already sent in another conversation.", { reason: "key_reused" });
  const titles = await referenceTitles(actor.practiceId, [found]);
  return { message: toMessageDto(actor, found, titles), created: false };
}

function openClients(row: ThreadRow) {
  if (row.client) return row.client.closedAt ? [] : [{ userId: row.client.userId, user: row.client.user }];
  return (row.couple?.members ?? [])
    .filter((m) => !m.closedAt)
    .map((m) => ({ userId: m.userId, user: m.user }));
}

async function checkReference(actor: Actor, row: ThreadRow, input: SendMessageInput): Promise<void> {
  if (!input.assignmentId) {
    if (input.commentId) throw notFound("That feedback");
    return;
  }
  const found = await findReferable(actor, row, input.assignmentId, input.commentId);
  if (!found.assignment) throw notFound("That assignment");
  if (input.commentId && !found.commentId) throw notFound("That feedback");
}

export async function sendMessage(
  actor: Actor,
  threadId: string,
  input: SendMessageInput,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<SendResult> {
  assertCan(actor, "write:message:own");
  const row = await loadThread(actor, threadId);
  const again = await existing(actor, row.id, input.idempotencyKey);
  if (again) return again;

  const closed = closedConversation(actor, row);
  if (closed) throw conflict(closed.message, { reason: closed.reason });
  const clients = openClients(row);
  if (holdsRole(actor, "CLINICIAN")) {
    await assertCanTreat(
      actor,
      { assignmentId: input.assignmentId ?? null, people: clients },
      "message",
      now,
    );
  }
  await checkReference(actor, row, input);
  await consumeMessageSend(actor.userId);

  let created;
  try {
    created = await db.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: {
          practiceId: actor.practiceId,
          threadId: row.id,
          authorId: actor.userId,
          body: input.body,
          idempotencyKey: input.idempotencyKey,
          assignmentId: input.assignmentId ?? null,
          commentId: input.commentId ?? null,
          createdAt: now,
        },
        select: messageSelect,
      });
      await tx.messageThread.update({ where: { id: row.id }, data: { lastMessageAt: now } });
      // Writing in a thread means having read it up to here.
      await tx.threadState.upsert({
        where: { threadId_userId: { threadId: row.id, userId: actor.userId } },
        create: { threadId: row.id, userId: actor.userId, lastReadAt: now },
        update: { lastReadAt: now },
      });
      await auditMessageSent(actor, row.id, message.id, clientIdsOf(row), meta, tx);
      return message;
    });
  } catch (error) {
    // The same key raced in from a second request: that one won, answer with it.
    if (isUniqueViolation(error)) {
      const winner = await existing(actor, row.id, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }

  const clinician = clinicianOf(row);
  const others = [...(clinician ? [clinician.id] : []), ...clients.map((c) => c.userId)].filter(
    (id) => id !== actor.userId,
  );
  await queueMessageEmails(row.id, others, now);
  const titles = await referenceTitles(actor.practiceId, [created]);
  return { message: toMessageDto(actor, created, titles), created: true };
}
