import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { threadScope } from "./scope";

// The reads behind one thread and its messages, each a fixed number of statements whatever the number
// of messages (tests/integration/messages/inbox-queries.test.ts pins it). The inbox list and the
// unread total are hand-written statements in ./inbox.ts.

export function threadSelect(userId: string) {
  return {
    id: true,
    practiceId: true,
    kind: true,
    clientId: true,
    coupleId: true,
    lastMessageAt: true,
    client: {
      select: {
        userId: true,
        closedAt: true,
        dischargedAt: true,
        user: { select: { name: true } },
        clinician: { select: { id: true, name: true } },
      },
    },
    couple: {
      select: {
        id: true,
        name: true,
        clinician: { select: { id: true, name: true } },
        members: {
          orderBy: { user: { name: "asc" } },
          select: { userId: true, closedAt: true, dischargedAt: true, user: { select: { name: true } } },
        },
      },
    },
    states: { where: { userId }, select: { lastReadAt: true, archivedAt: true } },
  } satisfies Prisma.MessageThreadSelect;
}

export type ThreadRow = Prisma.MessageThreadGetPayload<{ select: ReturnType<typeof threadSelect> }>;

/** The clients a thread is about (whose record reading it touches). */
export function clientIdsOf(row: ThreadRow): string[] {
  if (row.client) return [row.client.userId];
  return row.couple?.members.map((m) => m.userId) ?? [];
}

export function clinicianOf(row: ThreadRow): { id: string; name: string } | null {
  return row.client?.clinician ?? row.couple?.clinician ?? null;
}

/** One thread the actor reaches, or null (another practice, a partner's private thread, ...). */
export function findThread(actor: Actor, threadId: string): Promise<ThreadRow | null> {
  return db.messageThread.findFirst({
    where: { id: threadId, ...threadScope(actor) },
    select: threadSelect(actor.userId),
  });
}

/** Messages from others after the reader's last read, per thread: one statement for any number of threads. */
export async function unreadCounts(
  userId: string,
  threadIds: readonly string[],
): Promise<Map<string, number>> {
  if (threadIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ threadId: string; unread: number }[]>`
    SELECT m."threadId", count(*)::int AS unread
      FROM "Message" m
      LEFT JOIN "ThreadState" s ON s."threadId" = m."threadId" AND s."userId" = ${userId}
     WHERE m."threadId" = ANY(${[...threadIds]}::text[])
       AND m."authorId" <> ${userId}
       AND (s."lastReadAt" IS NULL OR m."createdAt" > s."lastReadAt")
     GROUP BY m."threadId"`;
  return new Map(rows.map((r) => [r.threadId, Number(r.unread)]));
}

export const messageSelect = {
  id: true,
  threadId: true,
  authorId: true,
  body: true,
  idempotencyKey: true,
  assignmentId: true,
  commentId: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.MessageSelect;

export type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>;

/** Titles of the assignments messages refer to (one statement), only within the practice. */
export async function referenceTitles(
  practiceId: string,
  rows: readonly MessageRow[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.assignmentId).filter((x): x is string => !!x))];
  if (ids.length === 0) return new Map();
  const found = await db.assignment.findMany({
    where: { id: { in: ids }, practiceId },
    select: { id: true, exerciseVersion: { select: { title: true } } },
  });
  return new Map(found.map((a) => [a.id, a.exerciseVersion.title]));
}
