import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { recordAudit, type AuditRequestMeta } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { notFound, rateLimited } from "@/lib/errors";
import { appUrl } from "@/lib/mail";
import type { Actor } from "@/lib/policy/actor";
import { assertCanManageAppointments } from "@/lib/policy/appointments";
import { feedIcs, initials, type CalendarEvent } from "./ics";
import { calendarHost } from "./notice-delivery";
import { SEES_CLIENTS_WHERE } from "@/lib/policy/actor";

// A clinician's private iCalendar feed, for their own calendar app. Whoever has the address can read
// it, so it says as little as possible: "Session · A.R." (initials only: no names, no clinical words,
// no video links) and a link back to Mend's schedule. Only the SHA-256 of the token is stored; a new
// address replaces the old one, and turning the feed off deletes it. Both are on the audit trail.

const DAY = 86_400_000;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function feedUrl(token: string): string {
  return appUrl(`/api/v1/calendar-feed/${token}.ics`);
}

export type CalendarFeedStatus = { active: boolean; createdAt: string | null };

export async function calendarFeedStatus(actor: Actor): Promise<CalendarFeedStatus> {
  assertCanManageAppointments(actor);
  const row = await db.calendarFeed.findUnique({
    where: { clinicianId: actor.userId },
    select: { createdAt: true },
  });
  return { active: row !== null, createdAt: row?.createdAt.toISOString() ?? null };
}

/** A new secret address (the old one, if any, stops working). The token is shown once, here. */
export async function rotateCalendarFeed(
  actor: Actor,
  meta: AuditRequestMeta = {},
): Promise<{ url: string }> {
  assertCanManageAppointments(actor);
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    const before = await tx.calendarFeed.findUnique({ where: { clinicianId: actor.userId } });
    await tx.calendarFeed.upsert({
      where: { clinicianId: actor.userId },
      create: { clinicianId: actor.userId, tokenHash: hashToken(token) },
      update: { tokenHash: hashToken(token), createdAt: new Date() },
    });
    await recordAudit(
      actor,
      {
        action: "calendar_feed.created",
        subjectType: "CalendarFeed",
        subjectId: actor.userId,
        metadata: { replacedAnother: before !== null },
      },
      meta,
      { tx },
    );
  });
  return { url: feedUrl(token) };
}

export async function revokeCalendarFeed(actor: Actor, meta: AuditRequestMeta = {}): Promise<void> {
  assertCanManageAppointments(actor);
  const removed = await db.calendarFeed.deleteMany({ where: { clinicianId: actor.userId } });
  if (removed.count > 0)
    await recordAudit(
      actor,
      { action: "calendar_feed.revoked", subjectType: "CalendarFeed", subjectId: actor.userId },
      meta,
    );
}

// Public: counted per address in PostgreSQL (every instance sees the same count). A calendar app
// polls every 15 minutes or so; 60 requests in 15 minutes is far above that and far below guessing.
const FEED_WINDOW_SECONDS = 15 * 60;
const feedRequestsPerIp = new RateLimiterPrisma({
  storeClient: db,
  keyPrefix: "calendar-feed-ip",
  points: 60,
  duration: FEED_WINDOW_SECONDS,
});

async function assertFeedAllowed(ip: string): Promise<void> {
  try {
    await feedRequestsPerIp.consume(ip);
  } catch (rejection) {
    const res = rejection as RateLimiterRes;
    throw rateLimited(Math.max(1, Math.ceil((res.msBeforeNext ?? FEED_WINDOW_SECONDS * 1000) / 1000)));
  }
}

/** The feed behind a token: 404 for an unknown, replaced or revoked token, or a deactivated clinician. */
export async function calendarFeedIcs(token: string, ip: string, now = new Date()): Promise<string> {
  await assertFeedAllowed(ip);
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { clinicianId: true },
  });
  const clinician = feed
    ? await db.user.findFirst({
        where: { id: feed.clinicianId, ...SEES_CLIENTS_WHERE, deactivatedAt: null },
        select: { id: true, practiceId: true },
      })
    : null;
  if (!clinician) throw notFound("That calendar");
  const rows = await db.appointment.findMany({
    where: {
      clinicianId: clinician.id,
      practiceId: clinician.practiceId,
      startsAt: { gte: new Date(now.getTime() - 30 * DAY), lte: new Date(now.getTime() + 180 * DAY) },
    },
    select: {
      id: true,
      startsAt: true,
      durationMinutes: true,
      modality: true,
      sequence: true,
      changedAt: true,
      cancelledAt: true,
      client: { select: { user: { select: { name: true } } } },
      couple: { select: { members: { select: { user: { select: { name: true } } } } } },
    },
    orderBy: { startsAt: "asc" },
    take: 1000,
  });
  const events: CalendarEvent[] = rows.map((r) => {
    const names = r.couple ? r.couple.members.map((m) => m.user.name) : [r.client?.user.name ?? ""];
    const who = names.map(initials).join(" & ");
    return {
      appointmentId: r.id,
      startsAt: r.startsAt,
      durationMinutes: r.durationMinutes,
      sequence: r.sequence,
      cancelled: r.cancelledAt !== null,
      summary: `${r.modality === "VIDEO" ? "Video session" : "Session"} · ${who}`,
      url: appUrl("/schedule"),
      stamp: r.changedAt,
    };
  });
  return feedIcs(events, calendarHost(), "Mend sessions");
}
