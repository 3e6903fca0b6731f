import "server-only";
import { db, Prisma } from "@/lib/db";
import type { ThreadKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";
import type { ThreadRow } from "./queries";
import { threadScopeSql } from "./scope";

// The thread list (inbox) and the unread total as hand-written statements, one each. Written with
// Prisma's relation reads, the inbox took two statements (threads with their people as nested JSON,
// then the unread counts) and most of the request's CPU went into building and decoding the nested
// rows; the layout's unread total read every thread again. Here each thread is one flat row with its
// members and unread count, mapped into the same ThreadRow the rest of lib/messages uses, so
// toThreadDto stays the one place that decides what a reader sees. Who reaches which thread is
// threadScopeSql, the SQL twin of threadScope (tests/integration/messages/inbox-sql.test.ts).

type Row = {
  id: string;
  practiceId: string;
  kind: ThreadKind;
  clientId: string | null;
  coupleId: string | null;
  lastMessageAt: Date | null;
  clientName: string | null;
  clientClosedAt: Date | null;
  clientDischargedAt: Date | null;
  clientClinicianId: string | null;
  clientClinicianName: string | null;
  coupleName: string | null;
  coupleClinicianId: string | null;
  coupleClinicianName: string | null;
  /** Couple threads: the members by name, closedAt and dischargedAt as UTC ISO text (or null). */
  members: { userId: string; name: string; closedAt: string | null; dischargedAt: string | null }[] | null;
  hasState: boolean;
  lastReadAt: Date | null;
  archivedAt: Date | null;
  unread: number;
};

/** The inbox's filter (clinicians): one client's threads, their couple's included, or one couple's. */
export type ThreadFilter = { clientId?: string | undefined; coupleId?: string | undefined };

function filterSql(filter: ThreadFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.clientId)
    parts.push(Prisma.sql`(t."clientId" = ${filter.clientId} OR EXISTS (
      SELECT 1 FROM "ClientProfile" f WHERE f."coupleId" = t."coupleId" AND f."userId" = ${filter.clientId}))`);
  if (filter.coupleId)
    parts.push(Prisma.sql`(t."coupleId" = ${filter.coupleId} OR c."coupleId" = ${filter.coupleId})`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/**
 * Every thread the actor reaches (filtered) with its people, the reader's own state and unread
 * count: newest message first, threads never written in last (as findThreads orders them).
 */
export async function inboxThreads(
  actor: Actor,
  filter: ThreadFilter = {},
): Promise<{ row: ThreadRow; unread: number }[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT t.id, t."practiceId", t.kind::text AS kind, t."clientId", t."coupleId", t."lastMessageAt",
           cu.name AS "clientName", c."closedAt" AS "clientClosedAt", c."dischargedAt" AS "clientDischargedAt",
           c."clinicianId" AS "clientClinicianId",
           ccl.name AS "clientClinicianName", cp.name AS "coupleName", cp."clinicianId" AS "coupleClinicianId",
           pcl.name AS "coupleClinicianName",
           (SELECT json_agg(json_build_object(
                     'userId', m."userId", 'name', mu.name,
                     'closedAt', to_char(m."closedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                     'dischargedAt', to_char(m."dischargedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                   ORDER BY mu.name, m."userId")
              FROM "ClientProfile" m JOIN "User" mu ON mu.id = m."userId"
             WHERE m."coupleId" = cp.id) AS members,
           s."threadId" IS NOT NULL AS "hasState", s."lastReadAt", s."archivedAt",
           (SELECT count(*)::int FROM "Message" msg
             WHERE msg."threadId" = t.id AND msg."authorId" <> ${actor.userId}
               AND (s."lastReadAt" IS NULL OR msg."createdAt" > s."lastReadAt")) AS unread
      FROM "MessageThread" t
      LEFT JOIN "ClientProfile" c ON c."userId" = t."clientId"
      LEFT JOIN "User" cu ON cu.id = c."userId"
      LEFT JOIN "User" ccl ON ccl.id = c."clinicianId"
      LEFT JOIN "Couple" cp ON cp.id = t."coupleId"
      LEFT JOIN "User" pcl ON pcl.id = cp."clinicianId"
      LEFT JOIN "ThreadState" s ON s."threadId" = t.id AND s."userId" = ${actor.userId}
     WHERE ${threadScopeSql(actor)} ${filterSql(filter)}
     ORDER BY t."lastMessageAt" DESC NULLS LAST, t."createdAt" DESC, t.id ASC`;
  return rows.map((r) => ({ row: toThreadRow(r), unread: Number(r.unread) }));
}

/** Unread messages across every thread the actor reaches (archived ones too), in one statement. */
export async function unreadTotal(actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n
      FROM "MessageThread" t
      LEFT JOIN "ClientProfile" c ON c."userId" = t."clientId"
      LEFT JOIN "ThreadState" s ON s."threadId" = t.id AND s."userId" = ${actor.userId}
      JOIN "Message" msg ON msg."threadId" = t.id AND msg."authorId" <> ${actor.userId}
                        AND (s."lastReadAt" IS NULL OR msg."createdAt" > s."lastReadAt")
     WHERE ${threadScopeSql(actor)}`;
  return Number(row?.n ?? 0);
}

function toThreadRow(r: Row): ThreadRow {
  return {
    id: r.id,
    practiceId: r.practiceId,
    kind: r.kind,
    clientId: r.clientId,
    coupleId: r.coupleId,
    lastMessageAt: r.lastMessageAt,
    // The joins are inner in substance (foreign keys): a row with the id has its names.
    client:
      r.clientId !== null
        ? {
            userId: r.clientId,
            closedAt: r.clientClosedAt,
            dischargedAt: r.clientDischargedAt,
            user: { name: r.clientName! },
            clinician: { id: r.clientClinicianId!, name: r.clientClinicianName! },
          }
        : null,
    couple:
      r.coupleId !== null
        ? {
            id: r.coupleId,
            name: r.coupleName!,
            clinician: { id: r.coupleClinicianId!, name: r.coupleClinicianName! },
            members: (r.members ?? []).map((m) => ({
              userId: m.userId,
              closedAt: m.closedAt === null ? null : new Date(m.closedAt),
              dischargedAt: m.dischargedAt === null ? null : new Date(m.dischargedAt),
              user: { name: m.name },
            })),
          }
        : null,
    states: r.hasState ? [{ lastReadAt: r.lastReadAt, archivedAt: r.archivedAt }] : [],
  };
}
