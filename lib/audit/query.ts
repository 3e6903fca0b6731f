import "server-only";
import { db, type Prisma } from "@/lib/db";
import { badRequest } from "@/lib/errors";
import { addDays, startOfLocalDay } from "@/lib/notifications/time";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { ACTION_LABELS, CLIENT_DATA_READ_ACTIONS, actionLabel } from "./actions";
import { toCsv } from "./csv";
import { recordAudit, type AuditRequestMeta } from "./record";
import type { AuditEventDto, AuditFilter, AuditPageDto } from "./schemas";

// The practice admin's view of the audit trail: their own practice only, newest first. Questions
// like "who opened Alex's answers this month?" are one filter each: client = Alex, action =
// response.read, from = the 1st. Dates are calendar days in the admin's own time zone.

export const CSV_MAX_ROWS = 100_000;
const BATCH = 1_000;

function whereFor(actor: Actor, filter: AuditFilter): Prisma.AuditEventWhereInput {
  if (filter.from && filter.to && filter.from > filter.to)
    throw badRequest("The start date is after the end date.");
  const createdAt: Prisma.DateTimeFilter = {};
  if (filter.from) createdAt.gte = startOfLocalDay(filter.from, actor.timeZone);
  if (filter.to) createdAt.lt = startOfLocalDay(addDays(filter.to, 1), actor.timeZone);
  return {
    practiceId: actor.practiceId,
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.clientId ? { clientId: filter.clientId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.from || filter.to ? { createdAt } : {}),
  };
}

const SELECT = {
  id: true,
  createdAt: true,
  actorId: true,
  actorRole: true,
  action: true,
  subjectType: true,
  subjectId: true,
  clientId: true,
  ip: true,
  userAgent: true,
  requestId: true,
  metadata: true,
} as const;

type Row = Prisma.AuditEventGetPayload<{ select: typeof SELECT }>;

async function namesFor(actor: Actor, rows: readonly Row[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => [r.actorId, r.clientId]).filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: ids }, practiceId: actor.practiceId },
    select: { id: true, name: true },
  });
  return new Map(users.map((u) => [u.id, u.name]));
}

function flatMetadata(json: Prisma.JsonValue | null): AuditEventDto["metadata"] {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const out: NonNullable<AuditEventDto["metadata"]> = {};
  for (const [k, v] of Object.entries(json)) {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
  }
  return out;
}

function toDto(row: Row, names: Map<string, string>): AuditEventDto {
  return {
    id: row.id.toString(),
    at: row.createdAt.toISOString(),
    actor: row.actorId
      ? { id: row.actorId, name: names.get(row.actorId) ?? "Unknown person", role: row.actorRole }
      : null,
    action: row.action,
    actionLabel: actionLabel(row.action),
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    client: row.clientId ? { id: row.clientId, name: names.get(row.clientId) ?? "Unknown client" } : null,
    ip: row.ip,
    userAgent: row.userAgent,
    requestId: row.requestId,
    metadata: flatMetadata(row.metadata),
  };
}

// Newest first: by time, then by id (rows written in the same instant keep a stable order). The
// cursor names the last row of a page as "<epoch ms>_<id>".
const ORDER = [
  { createdAt: "desc" },
  { id: "desc" },
] as const satisfies Prisma.AuditEventOrderByWithRelationInput[];

type Position = { createdAt: Date; id: bigint };

export function encodeAuditCursor(row: Position): string {
  return `${row.createdAt.getTime()}_${row.id}`;
}

function decodeCursor(cursor: string): Position {
  const [ms, id] = cursor.split("_") as [string, string];
  return { createdAt: new Date(Number(ms)), id: BigInt(id) };
}

function after(
  where: Prisma.AuditEventWhereInput,
  position: Position | undefined,
): Prisma.AuditEventWhereInput {
  if (!position) return where;
  return {
    AND: [
      where,
      {
        OR: [
          { createdAt: { lt: position.createdAt } },
          { createdAt: position.createdAt, id: { lt: position.id } },
        ],
      },
    ],
  };
}

/** One page of events, newest first. `cursor` comes from the previous page's `nextCursor`. */
export async function listAuditEvents(
  actor: Actor,
  query: AuditFilter & { cursor?: string; limit?: number },
): Promise<AuditPageDto> {
  assertCan(actor, "read:audit");
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const where = whereFor(actor, query);
  const rows = await db.auditEvent.findMany({
    where: after(where, query.cursor ? decodeCursor(query.cursor) : undefined),
    orderBy: [...ORDER],
    take: limit + 1,
    select: SELECT,
  });
  const page = rows.slice(0, limit);
  const names = await namesFor(actor, page);
  return {
    events: page.map((r) => toDto(r, names)),
    nextCursor: rows.length > limit ? encodeAuditCursor(page[page.length - 1]!) : null,
  };
}

export const CSV_HEADER = [
  "time_utc",
  "person",
  "person_id",
  "role",
  "action",
  "what_happened",
  "subject_type",
  "subject_id",
  "client",
  "client_id",
  "ip",
  "user_agent",
  "request_id",
  "details",
] as const;

/** The filtered trail as CSV (newest first, at most CSV_MAX_ROWS), recorded as `audit.exported`. */
export async function exportAuditCsv(
  actor: Actor,
  filter: AuditFilter,
  meta: AuditRequestMeta,
  now: Date = new Date(),
): Promise<{ filename: string; csv: string; rows: number }> {
  assertCan(actor, "read:audit");
  const where = whereFor(actor, filter);
  const rows: (string | null)[][] = [];
  let cursor: Position | undefined;
  while (rows.length < CSV_MAX_ROWS) {
    const batch = await db.auditEvent.findMany({
      where: after(where, cursor),
      orderBy: [...ORDER],
      take: Math.min(BATCH, CSV_MAX_ROWS - rows.length),
      select: SELECT,
    });
    if (batch.length === 0) break;
    const names = await namesFor(actor, batch);
    for (const r of batch) {
      const e = toDto(r, names);
      rows.push([
        e.at,
        e.actor?.name ?? "Mend (automatic)",
        e.actor?.id ?? null,
        e.actor?.role ?? null,
        e.action,
        e.actionLabel,
        e.subjectType,
        e.subjectId,
        e.client?.name ?? null,
        e.client?.id ?? null,
        e.ip,
        e.userAgent,
        e.requestId,
        e.metadata ? JSON.stringify(e.metadata) : null,
      ]);
    }
    cursor = batch[batch.length - 1]!;
    if (batch.length < BATCH) break;
  }
  await recordAudit(
    actor,
    {
      action: "audit.exported",
      subjectType: "AuditEvent",
      clientId: null,
      metadata: {
        rows: rows.length,
        actorId: filter.actorId ?? null,
        clientId: filter.clientId ?? null,
        action: filter.action ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
      },
    },
    meta,
  );
  return {
    filename: `mend-audit-${now.toISOString().slice(0, 10)}.csv`,
    csv: toCsv(CSV_HEADER, rows),
    rows: rows.length,
  };
}

export type AuditFilterOptions = {
  people: { id: string; name: string; role: string }[];
  clients: { id: string; name: string }[];
  actions: { action: string; label: string }[];
};

/** What the filter menus offer: the practice's people and clients, and the actions on record. */
export async function auditFilterOptions(actor: Actor): Promise<AuditFilterOptions> {
  assertCan(actor, "read:audit");
  const [people, actions] = await Promise.all([
    db.user.findMany({
      where: { practiceId: actor.practiceId },
      select: { id: true, name: true, role: true },
      orderBy: [{ name: "asc" }],
    }),
    db.auditEvent.groupBy({
      by: ["action"],
      where: { practiceId: actor.practiceId },
      orderBy: { action: "asc" },
    }),
  ]);
  return {
    people: people.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    clients: people.filter((p) => p.role === "CLIENT").map((p) => ({ id: p.id, name: p.name })),
    // Every action Mend knows is offered, so a question can be asked (and answered "nobody")
    // before the first such event; plus any other action on record.
    actions: [
      ...new Set([
        ...CLIENT_DATA_READ_ACTIONS,
        ...Object.keys(ACTION_LABELS),
        ...actions.map((a) => a.action),
      ]),
    ]
      .map((action) => ({ action, label: actionLabel(action) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** The CSV download as an HTTP response (for the API route). */
export async function auditCsvResponse(
  actor: Actor,
  filter: AuditFilter,
  meta: AuditRequestMeta,
): Promise<Response> {
  const { filename, csv } = await exportAuditCsv(actor, filter, meta);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
