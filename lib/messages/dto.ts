import { firstName } from "@/lib/text/names";
import type { Actor } from "@/lib/policy/actor";
import { clientIdsOf, clinicianOf, type MessageRow, type ThreadRow } from "./queries";
import type { MessageDto, ThreadDto } from "./schemas";

// Threads and messages as the reader sees them. Pure.

function participantsOf(row: ThreadRow): ThreadDto["participants"] {
  const clinician = clinicianOf(row);
  const clients = row.client
    ? [{ userId: row.client.userId, name: row.client.user.name }]
    : (row.couple?.members.map((m) => ({ userId: m.userId, name: m.user.name })) ?? []);
  return [
    ...(clinician ? [{ userId: clinician.id, name: clinician.name, role: "CLINICIAN" as const }] : []),
    ...clients.map((c) => ({ ...c, role: "CLIENT" as const })),
  ];
}

/** The thread's name from the reader's side. */
export function threadTitle(actor: Pick<Actor, "role">, row: ThreadRow): string {
  const clinician = clinicianOf(row);
  if (actor.role === "CLIENT") {
    const who = clinician ? firstName(clinician.name) : "your therapist";
    return row.kind === "JOINT" ? `Together with ${who}` : `Just you and ${who}`;
  }
  if (row.kind === "JOINT") return `${row.couple?.name ?? "Couple"} (together)`;
  const name = row.client?.user.name ?? "Client";
  return row.kind === "PRIVATE" ? `${name} (private)` : name;
}

export function toThreadDto(actor: Actor, row: ThreadRow, unread: number): ThreadDto {
  const state = row.states[0];
  const archived =
    !!state?.archivedAt && (!row.lastMessageAt || row.lastMessageAt.getTime() <= state.archivedAt.getTime());
  return {
    id: row.id,
    kind: row.kind,
    title: threadTitle(actor, row),
    clientId: row.clientId,
    coupleId: row.coupleId ?? null,
    participants: participantsOf(row),
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
    unread,
    archived,
  };
}

export function toMessageDto(actor: Actor, row: MessageRow, titles: Map<string, string>): MessageDto {
  return {
    id: row.id,
    threadId: row.threadId,
    authorId: row.authorId,
    authorName: row.author.name,
    mine: row.authorId === actor.userId,
    body: row.body,
    idempotencyKey: row.idempotencyKey,
    createdAt: row.createdAt.toISOString(),
    reference: row.assignmentId
      ? {
          assignmentId: row.assignmentId,
          commentId: row.commentId,
          title: titles.get(row.assignmentId) ?? "An assignment",
        }
      : null,
  };
}

export { clientIdsOf };
