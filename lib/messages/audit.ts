import "server-only";
import { recordAuditMany, type AuditRequestMeta } from "@/lib/audit/record";
import type { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";

// Every read of messages is in the audit trail, including a client reading their own threads (a
// joint thread holds the partner's words; the issue asks for every read): one event per client the
// thread is about, before the messages are returned. Ids and counts only, never a message.

export function auditThreadRead(
  actor: Actor,
  threadId: string,
  clientIds: readonly string[],
  meta: AuditRequestMeta,
  metadata: Record<string, string | number | boolean | null>,
): Promise<void> {
  const ids = clientIds.length > 0 ? clientIds : [null];
  return recordAuditMany(
    actor,
    ids.map((clientId) => ({
      action: "thread.viewed",
      subjectType: "MessageThread",
      subjectId: threadId,
      clientId,
      metadata,
    })),
    meta,
  );
}

export function auditThreadList(
  actor: Actor,
  count: number,
  meta: AuditRequestMeta,
  clientId: string | null,
): Promise<void> {
  return recordAuditMany(
    actor,
    [
      {
        action: "threads.viewed",
        subjectType: "MessageThread",
        subjectId: null,
        clientId,
        metadata: { threads: count },
      },
    ],
    meta,
  );
}

export function auditMessageSent(
  actor: Actor,
  threadId: string,
  messageId: string,
  clientIds: readonly string[],
  meta: AuditRequestMeta,
  tx: Prisma.TransactionClient,
): Promise<void> {
  return recordAuditMany(
    actor,
    clientIds.map((clientId) => ({
      action: "message.sent",
      subjectType: "MessageThread",
      subjectId: threadId,
      clientId,
      metadata: { messageId },
    })),
    meta,
    { tx },
  );
}
