// Messages written but not yet confirmed by the server (offline, or the answer was lost), kept on
// the device encrypted like drafts (the same SealedStore and per-user key as
// components/responses/draft-sync), under "mend:outbox:v1:<userId>:<threadId>" (ids only). Each
// carries the idempotency key it was made with, so sending it again after the connection returns
// can never make a second message. Sign-out removes every "mend:" key.
import { SealedStore } from "@/components/responses/draft-sync/local-draft";

export type PendingMessage = {
  idempotencyKey: string;
  body: string;
  assignmentId?: string;
  commentId?: string;
  writtenAt: string;
};

function isPendingList(value: unknown): value is PendingMessage[] {
  return (
    Array.isArray(value) &&
    value.every(
      (m: Partial<PendingMessage> | null) =>
        !!m && typeof m.idempotencyKey === "string" && typeof m.body === "string",
    )
  );
}

export function outboxStore(userId: string, threadId: string, rawKey: string): SealedStore<PendingMessage[]> {
  return new SealedStore(`mend:outbox:v1:${userId}:${threadId}`, rawKey, isPendingList);
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && "randomUUID" in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export type SendOutcome = "sent" | "offline" | { error: string; retryAfter?: number };

/** One attempt to hand a message to the server. A network failure is "offline": it stays queued. */
export async function postMessage(threadId: string, message: PendingMessage): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/threads/${encodeURIComponent(threadId)}/messages`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        body: message.body,
        idempotencyKey: message.idempotencyKey,
        ...(message.assignmentId ? { assignmentId: message.assignmentId } : {}),
        ...(message.commentId ? { commentId: message.commentId } : {}),
      }),
    });
  } catch {
    return "offline";
  }
  if (response.ok) return "sent";
  if (response.status >= 500) return "offline";
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  const retryAfter = Number(response.headers.get("Retry-After")) || undefined;
  return {
    error: payload?.error?.message ?? "This message could not be sent.",
    ...(retryAfter ? { retryAfter } : {}),
  };
}
