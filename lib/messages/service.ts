import "server-only";
import { cache } from "react";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { holdsRole, type Actor } from "@/lib/policy/actor";
import { assertActsAsClinician } from "@/lib/policy/assignments";
import { assertCan } from "@/lib/policy/permissions";
import { auditThreadList, auditThreadRead } from "./audit";
import { decodeMessageCursor, encodeMessageCursor } from "./cursor";
import { toMessageDto, toThreadDto } from "./dto";
import { inboxThreads, unreadTotal } from "./inbox";
import {
  clientIdsOf,
  clinicianOf,
  findThread,
  messageSelect,
  referenceTitles,
  unreadCounts,
  type ThreadRow,
} from "./queries";
import {
  MESSAGES_PAGE_DEFAULT,
  type ListMessagesQuery,
  type ListThreadsQuery,
  type MessagePageDto,
  type OpenThreadInput,
  type ThreadDto,
  type ThreadListDto,
} from "./schemas";
import { clientThreadKey, coupleThreadKey } from "./scope";

// Secure messages between a clinician and their clients. Threads: an individual client's (one), a
// couple's joint thread, and each partner's private thread (lib/messages/scope.ts decides who
// reaches which; a partner's private thread is a 404 to the other partner). Every read is audited;
// sending lives in ./send.ts.

export async function loadThread(actor: Actor, threadId: string): Promise<ThreadRow> {
  assertCan(actor, "read:thread:own");
  const row = await findThread(actor, threadId);
  if (!row) throw notFound("That conversation");
  return row;
}

/** The inbox (clinicians: newest first, filtered, archived apart) or a client's threads. Audited. */
export async function listThreads(
  actor: Actor,
  query: ListThreadsQuery = {},
  meta: AuditRequestMeta = {},
): Promise<ThreadListDto> {
  assertCan(actor, "read:thread:own");
  const filter = holdsRole(actor, "CLINICIAN") ? { clientId: query.clientId, coupleId: query.coupleId } : {};
  const rows = await inboxThreads(actor, filter);
  const all = rows.map(({ row, unread }) => toThreadDto(actor, row, unread));
  const wantArchived = query.archived === "true";
  const threads = holdsRole(actor, "CLINICIAN") ? all.filter((t) => t.archived === wantArchived) : all;
  await auditThreadList(
    actor,
    threads.length,
    meta,
    actor.role === "CLIENT" ? actor.userId : (query.clientId ?? null),
  );
  return { threads, unreadTotal: all.reduce((n, t) => n + t.unread, 0) };
}

/**
 * Unread messages across the actor's threads, for the navigation and the dashboard (counts only).
 * Memoised per server render (React's cache, keyed by the request's one Actor object): the layout's
 * navigation and the dashboard page both show it, and it is one statement, not two, per page.
 */
export const unreadMessageTotal = cache(async (actor: Actor): Promise<number> => {
  assertCan(actor, "read:thread:own");
  return unreadTotal(actor);
});

/**
 * Finds or makes a thread (there is at most one per client and one per couple). Clinicians name a
 * client or a couple of their caseload; clients ask for their own thread or their couple's joint one.
 */
export async function openThread(
  actor: Actor,
  input: OpenThreadInput,
  meta: AuditRequestMeta = {},
): Promise<ThreadDto> {
  assertCan(actor, "read:thread:own");
  const target = await resolveTarget(actor, input);
  const thread = await db.messageThread.upsert({
    where: { key: target.key },
    create: { practiceId: actor.practiceId, ...target },
    update: {},
    select: { id: true },
  });
  const row = await loadThread(actor, thread.id);
  const counts = await unreadCounts(actor.userId, [row.id]);
  await auditThreadRead(actor, row.id, clientIdsOf(row), meta, { messages: 0 });
  return toThreadDto(actor, row, counts.get(row.id) ?? 0);
}

type Target = {
  key: string;
  kind: "INDIVIDUAL" | "JOINT" | "PRIVATE";
  clientId: string | null;
  coupleId: string | null;
};

async function resolveTarget(actor: Actor, input: OpenThreadInput): Promise<Target> {
  if ("kind" in input) {
    if (actor.role !== "CLIENT") throw notFound("That conversation");
    const me = await db.clientProfile.findFirst({
      where: { userId: actor.userId, practiceId: actor.practiceId, closedAt: null },
      select: { userId: true, coupleId: true },
    });
    if (!me) throw notFound("Your record");
    if (input.kind === "own") return ownThread(me);
    if (!me.coupleId) throw notFound("A joint conversation");
    return { key: coupleThreadKey(me.coupleId), kind: "JOINT", clientId: null, coupleId: me.coupleId };
  }
  assertActsAsClinician(actor);
  const caseload = { practiceId: actor.practiceId, clinicianId: actor.userId };
  if ("clientId" in input) {
    const client = await db.clientProfile.findFirst({
      where: { userId: input.clientId, ...caseload },
      select: { userId: true, coupleId: true },
    });
    if (!client) throw notFound("That client");
    return ownThread(client);
  }
  const couple = await db.couple.findFirst({
    where: { id: input.coupleId, ...caseload },
    select: { id: true },
  });
  if (!couple) throw notFound("That couple");
  return { key: coupleThreadKey(couple.id), kind: "JOINT", clientId: null, coupleId: couple.id };
}

function ownThread(client: { userId: string; coupleId: string | null }): Target {
  return {
    key: clientThreadKey(client.userId),
    kind: client.coupleId ? "PRIVATE" : "INDIVIDUAL",
    clientId: client.userId,
    coupleId: null,
  };
}

/**
 * A page of a thread's messages: the newest `limit` before `cursor`, returned oldest first, with
 * the clinician's office-hours note. The read is recorded before anything is returned.
 */
export async function listMessages(
  actor: Actor,
  threadId: string,
  query: ListMessagesQuery = {},
  meta: AuditRequestMeta = {},
): Promise<MessagePageDto> {
  const row = await loadThread(actor, threadId);
  const limit = query.limit ?? MESSAGES_PAGE_DEFAULT;
  const cursor = query.cursor ? decodeMessageCursor(query.cursor) : null;
  const clinician = clinicianOf(row);
  const [page, counts, settings] = await Promise.all([
    db.message.findMany({
      where: {
        threadId: row.id,
        practiceId: actor.practiceId,
        ...(cursor
          ? {
              OR: [
                { createdAt: { lt: cursor.createdAt } },
                { createdAt: cursor.createdAt, id: { lt: cursor.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: messageSelect,
    }),
    unreadCounts(actor.userId, [row.id]),
    clinician
      ? db.messagingSettings.findUnique({
          where: { userId: clinician.id },
          select: { officeHoursNote: true },
        })
      : null,
  ]);
  const more = page.length > limit;
  const shown = (more ? page.slice(0, limit) : page).reverse();
  const titles = await referenceTitles(actor.practiceId, shown);
  await auditThreadRead(actor, row.id, clientIdsOf(row), meta, {
    messages: shown.length,
    older: Boolean(cursor),
  });
  return {
    thread: toThreadDto(actor, row, counts.get(row.id) ?? 0),
    messages: shown.map((m) => toMessageDto(actor, m, titles)),
    nextCursor: more && shown[0] ? encodeMessageCursor(shown[0]) : null,
    officeHours: settings?.officeHoursNote ?? null,
  };
}

/** Marks the thread read up to now, or unread again from the latest message someone else wrote. */
export async function markThreadRead(
  actor: Actor,
  threadId: string,
  input: { unread?: boolean | undefined },
  now: Date = new Date(),
): Promise<{ threadId: string; unread: number }> {
  const row = await loadThread(actor, threadId);
  let lastReadAt: Date | null = now;
  if (input.unread) {
    const latest = await db.message.findFirst({
      where: { threadId: row.id, authorId: { not: actor.userId } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { createdAt: true },
    });
    if (!latest)
      throw conflict("There is nothing from anyone else here to mark unread.", { reason: "empty" });
    lastReadAt = new Date(latest.createdAt.getTime() - 1);
  }
  await db.threadState.upsert({
    where: { threadId_userId: { threadId: row.id, userId: actor.userId } },
    create: { threadId: row.id, userId: actor.userId, lastReadAt },
    update: { lastReadAt },
  });
  const counts = await unreadCounts(actor.userId, [row.id]);
  return { threadId: row.id, unread: counts.get(row.id) ?? 0 };
}

/** Clinicians: archive a thread (out of the inbox until a new message arrives) or bring it back. */
export async function setThreadArchived(
  actor: Actor,
  threadId: string,
  archived: boolean,
  now: Date = new Date(),
): Promise<ThreadDto> {
  assertActsAsClinician(actor);
  const row = await loadThread(actor, threadId);
  const archivedAt = archived ? now : null;
  await db.threadState.upsert({
    where: { threadId_userId: { threadId: row.id, userId: actor.userId } },
    create: { threadId: row.id, userId: actor.userId, archivedAt },
    update: { archivedAt },
  });
  const [after, counts] = await Promise.all([
    loadThread(actor, threadId),
    unreadCounts(actor.userId, [row.id]),
  ]);
  return toThreadDto(actor, after, counts.get(row.id) ?? 0);
}

export async function getOfficeHours(actor: Actor): Promise<{ note: string | null }> {
  assertCan(actor, "manage:office-hours:own");
  const row = await db.messagingSettings.findUnique({
    where: { userId: actor.userId },
    select: { officeHoursNote: true },
  });
  return { note: row?.officeHoursNote ?? null };
}

export async function setOfficeHours(
  actor: Actor,
  input: { note: string },
): Promise<{ note: string | null }> {
  assertCan(actor, "manage:office-hours:own");
  const note = input.note.trim() || null;
  await db.messagingSettings.upsert({
    where: { userId: actor.userId },
    create: { userId: actor.userId, officeHoursNote: note },
    update: { officeHoursNote: note },
  });
  return { note };
}
