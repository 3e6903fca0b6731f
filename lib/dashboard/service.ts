import "server-only";
import type { AuditRequestMeta } from "@/lib/audit/record";
import { recordView } from "@/lib/audit/views";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { assertCan } from "@/lib/policy/permissions";
import { dashboardCopies, type DashboardCopy } from "./copies";
import {
  DASHBOARD_DAYS,
  prepHref,
  type AwaitingReviewDto,
  type DashboardDto,
  type UpcomingAppointmentDto,
  type Who,
} from "./schemas";

// The clinician's home. Only the acting clinician's own appointments and the work they gave; counts,
// names and exercise titles only (no answers, so opening it is not an answer read). A fixed number
// of queries: upcoming appointments, the last appointment before each, then every relevant copy at
// once, then one audit insert (the names and what is waiting are client data: lib/audit/views.ts).

const NEVER_SENT = ["ASSIGNED", "IN_PROGRESS"] as const;
const DAY_MS = 86_400_000;

type Target = Who & { memberIds: string[] };

const keyOf = (who: Pick<Who, "kind" | "id">) => `${who.kind}:${who.id}`;

export async function getDashboard(
  actor: Actor,
  meta: AuditRequestMeta = {},
  now: Date = new Date(),
): Promise<DashboardDto> {
  assertCan(actor, "read:prep:own");
  const own = { practiceId: actor.practiceId, clinicianId: actor.userId, cancelledAt: null };
  const appointmentRows = await db.appointment.findMany({
    // Started up to 4 hours ago (still running is still "next"), up to a week ahead.
    where: {
      ...own,
      startsAt: {
        gte: new Date(now.getTime() - 4 * 3_600_000),
        lt: new Date(now.getTime() + DASHBOARD_DAYS * DAY_MS),
      },
    },
    select: {
      id: true,
      startsAt: true,
      durationMinutes: true,
      modality: true,
      client: { select: { userId: true, user: { select: { name: true } } } },
      couple: { select: { id: true, name: true, members: { select: { userId: true } } } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 200,
  });
  const upcoming = appointmentRows.filter(
    (s) => s.startsAt.getTime() + s.durationMinutes * 60_000 > now.getTime() && (s.client || s.couple),
  );

  const targets = new Map<string, Target>();
  for (const s of upcoming) {
    const target: Target = s.couple
      ? {
          kind: "couple",
          id: s.couple.id,
          name: s.couple.name,
          memberIds: s.couple.members.map((m) => m.userId),
        }
      : { kind: "client", id: s.client!.userId, name: s.client!.user.name, memberIds: [s.client!.userId] };
    targets.set(keyOf(target), target);
  }
  const clientIds = [...targets.values()].filter((t) => t.kind === "client").map((t) => t.id);
  const coupleIds = [...targets.values()].filter((t) => t.kind === "couple").map((t) => t.id);

  // The last appointment before now of each person and couple above, in one grouped statement.
  // Tagged SQL rather than Prisma's groupBy: the same plan, at about half the app CPU (measured
  // 3.3 vs 5.6 ms per dashboard view).
  const lastRows = await db.$queryRaw<{ clientId: string | null; coupleId: string | null; last: Date }[]>`
    SELECT "clientId", "coupleId", max("startsAt") AS last
      FROM "Appointment"
     WHERE "practiceId" = ${actor.practiceId} AND "clinicianId" = ${actor.userId} AND "cancelledAt" IS NULL
       AND "startsAt" < ${now}
       AND ("clientId" = ANY(${clientIds}::text[]) OR "coupleId" = ANY(${coupleIds}::text[]))
     GROUP BY "clientId", "coupleId"`;
  const lastAppointment = new Map<string, Date>();
  for (const row of lastRows) {
    const key = row.coupleId
      ? keyOf({ kind: "couple", id: row.coupleId })
      : row.clientId
        ? keyOf({ kind: "client", id: row.clientId })
        : null;
    if (key) lastAppointment.set(key, row.last);
  }

  // "Sent since the last appointment" is narrowed here by client ids and one lower bound only; which
  // copy counts for which person is decided below (copiesOf, per-person "since"). A branch per
  // person made PostgreSQL spend ~400 ms planning the statement for a full week (docs/performance.md).
  const all = [...targets.values()];
  const withLast = all.filter((t) => lastAppointment.has(keyOf(t)));
  const withoutLast = all.filter((t) => !lastAppointment.has(keyOf(t)));
  const earliestLast = withLast.reduce<Date | null>((min, t) => {
    const since = lastAppointment.get(keyOf(t))!;
    return !min || since < min ? since : min;
  }, null);
  const copies = await dashboardCopies(actor, now, {
    since: earliestLast,
    peopleWithLast: withLast.flatMap((t) => t.memberIds),
    peopleWithoutLast: withoutLast.flatMap((t) => t.memberIds),
  });

  type Copy = DashboardCopy;
  const isOverdue = (c: Copy) =>
    (NEVER_SENT as readonly string[]).includes(c.state) &&
    c.assignment.status === "ACTIVE" &&
    c.assignment.dueAt.getTime() < now.getTime();
  // Each person's and couple's copies, found once per target rather than by scanning every copy for
  // every appointment (a full week is ~80 appointments against up to 2,000 copies).
  const byClient = new Map<string, Copy[]>();
  for (const c of copies) {
    const list = byClient.get(c.clientId);
    if (list) list.push(c);
    else byClient.set(c.clientId, [c]);
  }
  const copiesOf = new Map<string, Copy[]>();
  for (const t of targets.values()) {
    const mine =
      t.kind === "client"
        ? (byClient.get(t.id) ?? [])
        : t.memberIds.flatMap((id) =>
            (byClient.get(id) ?? []).filter(
              (c) => c.assignment.coupleId === t.id || c.assignment.coupleId === null,
            ),
          );
    copiesOf.set(keyOf(t), mine);
  }

  const appointments: UpcomingAppointmentDto[] = upcoming.map((s) => {
    const who: Who = s.couple
      ? { kind: "couple", id: s.couple.id, name: s.couple.name }
      : { kind: "client", id: s.client!.userId, name: s.client!.user.name };
    const since = lastAppointment.get(keyOf(who)) ?? null;
    const mine = copiesOf.get(keyOf(who)) ?? [];
    return {
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      durationMinutes: s.durationMinutes,
      modality: s.modality,
      with: who,
      lastAppointmentAt: since?.toISOString() ?? null,
      newSubmissions: mine.filter(
        (c) => c.submittedAt && (!since || c.submittedAt.getTime() >= since.getTime()),
      ).length,
      overdue: mine.filter(isOverdue).length,
      unreviewed: mine.filter((c) => c.state === "SUBMITTED").length,
      prepHref: prepHref(who),
    };
  });

  // Copies come oldest sent first, so each row's first assignment and each sender's time are the oldest.
  const waiting = new Map<string, AwaitingReviewDto>();
  for (const c of copies) {
    if (c.state !== "SUBMITTED" || !c.submittedAt) continue;
    const a = c.assignment;
    const who: Who = a.coupleId
      ? { kind: "couple", id: a.coupleId, name: a.couple?.name ?? "" }
      : { kind: "client", id: c.clientId, name: c.client.user.name };
    const key = `${keyOf(who)}:${a.exerciseVersion.title}`;
    let row = waiting.get(key);
    if (!row) {
      row = {
        key,
        title: a.exerciseVersion.title,
        with: who,
        assignmentIds: [],
        senders: [],
        oldestSubmittedAt: c.submittedAt.toISOString(),
        href: `${prepHref(who)}#assignment-${a.id}`,
      };
      waiting.set(key, row);
    }
    if (!row.assignmentIds.includes(a.id)) row.assignmentIds.push(a.id);
    if (!row.senders.some((x) => x.clientId === c.clientId)) {
      row.senders.push({
        clientId: c.clientId,
        name: c.client.user.name,
        submittedAt: c.submittedAt.toISOString(),
      });
    }
  }

  await recordView(
    actor,
    {
      action: "dashboard.viewed",
      subjectType: "Dashboard",
      metadata: { appointments: appointments.length, awaitingReview: waiting.size },
    },
    meta,
  );
  return {
    timeZone: actor.timeZone,
    appointments,
    awaitingReview: [...waiting.values()].sort((a, b) =>
      a.oldestSubmittedAt.localeCompare(b.oldestSubmittedAt),
    ),
  };
}
