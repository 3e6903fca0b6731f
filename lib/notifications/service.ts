import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appUrl, alreadySent, sendEmail } from "@/lib/mail";
import { firstName } from "@/lib/text/names";
import { reviewHref } from "@/lib/review/links";
import { deliverRiskAlert, planRiskAlertNotifications, type RiskAlertDelivery } from "@/lib/risk/notify";
import { deliverAgreementChange, planAgreementChangeNotifications } from "@/lib/couples/agreement-notify";
import { deliverClientNews, planClientNews } from "./client-news";
import { holdsRole, SEES_CLIENTS_WHERE } from "@/lib/policy/actor";
import {
  digestEmail,
  dueSoonEmail,
  overdueEmail,
  submittedEmail,
  type BuiltEmail,
  type DigestAppointment,
} from "./emails";
import {
  DUE_SOON_LEAD_MS,
  OVERDUE_WINDOW_MS,
  SUBMITTED_WINDOW_MS,
  digestKey,
  dueSoonKey,
  overdueKey,
  submittedKey,
  type NotifyJob,
} from "./schemas";
import {
  addDays,
  isQuietTime,
  localDay,
  localMinuteOfDay,
  parseLocalTime,
  parseQuietHours,
  safeTimeZone,
  startOfLocalDay,
  type TimeWindow,
} from "./time";

// Which notification emails are due, and sending one. Both are functions of an explicit `now`
// (the worker passes its clock), so tests drive time instead of waiting for it.
//
// The model: a periodic scan (pg-boss cron, every few minutes) plans what may be sent NOW, in each
// person's own time zone and outside their quiet hours, and enqueues one `notify` job per email with
// the email's idempotency key as singleton key. A job re-checks everything when it runs (the work
// may have been submitted, the person may have opted out, quiet hours may have begun) and sends at
// most once per key (lib/mail claims the key). Anything skipped for quiet hours is simply planned
// again by the first scan after they end: no timers, nothing lost, nothing doubled.
//
// Every notification here is non-urgent: all of them wait out quiet hours. Security email (sign-in
// links, password resets) is sent at once by lib/auth and never waits.

export type NotificationSettings = { quiet: TimeWindow; digestMinute: number };

export function notificationSettings(): NotificationSettings {
  const e = env();
  return { quiet: parseQuietHours(e.QUIET_HOURS), digestMinute: parseLocalTime(e.DIGEST_TIME) };
}

export type PlannedNotification = { key: string; job: NotifyJob };

const OPEN_STATES = ["ASSIGNED", "IN_PROGRESS"] as const;
const HOUR_MS = 3_600_000;

/** Every notification that may be sent at `now` and has not been sent yet. */
export async function planNotifications(
  now: Date,
  settings: NotificationSettings = notificationSettings(),
): Promise<PlannedNotification[]> {
  const planned: PlannedNotification[] = [];
  const t = now.getTime();

  // Clients: 24 hours before the due time, and once when it has passed (within a week).
  const open = await db.assignmentRecipient.findMany({
    where: {
      state: { in: [...OPEN_STATES] },
      assignment: {
        status: "ACTIVE",
        dueAt: { gt: new Date(t - OVERDUE_WINDOW_MS), lte: new Date(t + DUE_SOON_LEAD_MS) },
      },
      client: { closedAt: null, user: { deactivatedAt: null, emailOptOut: false } },
    },
    select: {
      id: true,
      assignment: { select: { dueAt: true } },
      client: { select: { user: { select: { timeZone: true } } } },
    },
  });
  for (const r of open) {
    if (isQuietTime(now, safeTimeZone(r.client.user.timeZone), settings.quiet)) continue;
    const dueAt = r.assignment.dueAt;
    const dueAtIso = dueAt.toISOString();
    planned.push(
      dueAt.getTime() > t
        ? { key: dueSoonKey(r.id, dueAt), job: { kind: "due-soon", recipientId: r.id, dueAt: dueAtIso } }
        : { key: overdueKey(r.id, dueAt), job: { kind: "overdue", recipientId: r.id, dueAt: dueAtIso } },
    );
  }

  // Clinicians: a note for each submission not yet reviewed (a catch-up for notifySubmitted).
  const submitted = await db.assignmentRecipient.findMany({
    where: {
      state: "SUBMITTED",
      submittedAt: { gt: new Date(t - SUBMITTED_WINDOW_MS), lte: now },
      assignment: { clinician: { deactivatedAt: null, emailOptOut: false } },
    },
    select: {
      id: true,
      submittedAt: true,
      assignment: { select: { clinician: { select: { timeZone: true } } } },
    },
  });
  for (const r of submitted) {
    if (!r.submittedAt) continue;
    if (isQuietTime(now, safeTimeZone(r.assignment.clinician.timeZone), settings.quiet)) continue;
    planned.push({ key: submittedKey(r.id, r.submittedAt), job: { kind: "submitted", recipientId: r.id } });
  }

  // Clinicians: the evening before a day with appointments, from DIGEST_TIME until quiet hours.
  const appointments = await db.appointment.findMany({
    where: {
      cancelledAt: null,
      startsAt: { gt: now, lte: new Date(t + 48 * HOUR_MS) },
      clinician: { deactivatedAt: null, emailOptOut: false, ...SEES_CLIENTS_WHERE },
    },
    select: { clinicianId: true, startsAt: true, clinician: { select: { timeZone: true } } },
  });
  const digestFor = new Map<string, string>();
  for (const s of appointments) {
    const zone = safeTimeZone(s.clinician.timeZone);
    if (isQuietTime(now, zone, settings.quiet) || localMinuteOfDay(now, zone) < settings.digestMinute)
      continue;
    const tomorrow = addDays(localDay(now, zone), 1);
    if (localDay(s.startsAt, zone) === tomorrow) digestFor.set(s.clinicianId, tomorrow);
  }
  for (const [clinicianId, day] of digestFor)
    planned.push({ key: digestKey(clinicianId, day), job: { kind: "digest", clinicianId, day } });

  const sent = await alreadySent(planned.map((p) => p.key));
  // Risk alerts: any whose email did not go out at once, at any hour (see lib/risk/notify.ts).
  // Clients' batched news: keyed per person and kind (the batch itself is idempotent, not the key).
  return [
    ...planned.filter((p) => !sent.has(p.key)),
    ...(await planRiskAlertNotifications(now)),
    ...(await planClientNews(now, settings)),
    // Partners asked to confirm a change to their couple's agreement (filters its own sent keys).
    ...(await planAgreementChangeNotifications(now, settings)),
  ];
}

export type DeliveryOutcome =
  | { outcome: "sent" | "duplicate"; key: string }
  | { outcome: "quiet"; key: string }
  | { outcome: "skipped"; reason: string };

const skipped = (reason: string): DeliveryOutcome => ({ outcome: "skipped", reason });

type Recipient = {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  emailOptOut: boolean;
  deactivatedAt: Date | null;
};

async function send(
  to: Recipient,
  key: string,
  email: BuiltEmail,
  now: Date,
  settings: NotificationSettings,
): Promise<DeliveryOutcome> {
  if (to.deactivatedAt) return skipped("deactivated");
  if (to.emailOptOut) return skipped("opted-out");
  if (isQuietTime(now, safeTimeZone(to.timeZone), settings.quiet)) return { outcome: "quiet", key };
  const result = await sendEmail(
    { to: to.email, subject: email.subject, text: email.text, html: email.html },
    { idempotencyKey: key, userId: to.id },
  );
  return { outcome: result, key };
}

const personSelect = {
  id: true,
  email: true,
  name: true,
  timeZone: true,
  emailOptOut: true,
  deactivatedAt: true,
} as const;

/** Sends one planned notification if it is still wanted at `now`. Safe to run more than once. */
export async function deliverNotification(
  job: NotifyJob,
  now: Date,
  settings: NotificationSettings = notificationSettings(),
): Promise<DeliveryOutcome | RiskAlertDelivery> {
  switch (job.kind) {
    case "risk-alert":
      return deliverRiskAlert(job.alertId, now);
    case "due-soon":
    case "overdue":
      return deliverReminder(job, now, settings);
    case "submitted":
      return deliverSubmitted(job.recipientId, now, settings);
    case "digest":
      return deliverDigest(job.clinicianId, job.day, now, settings);
    case "client-news":
      return deliverClientNews(job, now, settings);
    case "agreement-change":
      return deliverAgreementChange(job, now, settings);
  }
}

async function deliverReminder(
  job: Extract<NotifyJob, { kind: "due-soon" | "overdue" }>,
  now: Date,
  settings: NotificationSettings,
): Promise<DeliveryOutcome> {
  const r = await db.assignmentRecipient.findUnique({
    where: { id: job.recipientId },
    select: {
      state: true,
      assignment: { select: { status: true, dueAt: true, practice: { select: { assignmentLabel: true } } } },
      client: { select: { closedAt: true, user: { select: personSelect } } },
    },
  });
  if (!r) return skipped("gone");
  if (!(OPEN_STATES as readonly string[]).includes(r.state)) return skipped("not-open");
  if (r.assignment.status !== "ACTIVE") return skipped("withdrawn");
  if (r.client.closedAt) return skipped("closed");
  const dueAt = r.assignment.dueAt;
  // The due date moved since this job was planned: the next scan plans the new one.
  if (dueAt.toISOString() !== new Date(job.dueAt).toISOString()) return skipped("due-date-changed");
  const t = now.getTime();
  const person = r.client.user;
  const zone = safeTimeZone(person.timeZone);
  const label = r.assignment.practice.assignmentLabel;
  if (job.kind === "due-soon") {
    if (t >= dueAt.getTime()) return skipped("now-overdue");
    if (t < dueAt.getTime() - DUE_SOON_LEAD_MS) return skipped("too-early");
    const email = dueSoonEmail({ name: person.name, label, dueAt, timeZone: zone, link: appUrl("/home") });
    return send(person, dueSoonKey(job.recipientId, dueAt), email, now, settings);
  }
  if (t < dueAt.getTime()) return skipped("not-yet-due");
  if (t > dueAt.getTime() + OVERDUE_WINDOW_MS) return skipped("too-old");
  const email = overdueEmail({ name: person.name, label, dueAt, timeZone: zone, link: appUrl("/home") });
  return send(person, overdueKey(job.recipientId, dueAt), email, now, settings);
}

async function deliverSubmitted(
  recipientId: string,
  now: Date,
  settings: NotificationSettings,
): Promise<DeliveryOutcome> {
  const r = await db.assignmentRecipient.findUnique({
    where: { id: recipientId },
    select: {
      state: true,
      submittedAt: true,
      assignmentId: true,
      clientId: true,
      client: { select: { user: { select: { name: true } } } },
      assignment: {
        select: {
          coupleId: true,
          practice: { select: { assignmentLabel: true } },
          clinician: { select: personSelect },
        },
      },
    },
  });
  if (!r) return skipped("gone");
  // Reviewed (or sent back) before the note went out: nothing to tell.
  if (r.state !== "SUBMITTED" || !r.submittedAt) return skipped("not-submitted");
  if (now.getTime() - r.submittedAt.getTime() > SUBMITTED_WINDOW_MS) return skipped("too-old");
  const clinician = r.assignment.clinician;
  const email = submittedEmail({
    clinicianName: clinician.name,
    clientName: r.client.user.name,
    label: r.assignment.practice.assignmentLabel,
    // Straight to where it can be read, commented on and marked reviewed.
    link: appUrl(
      reviewHref({ assignmentId: r.assignmentId, coupleId: r.assignment.coupleId, clientId: r.clientId }),
    ),
  });
  return send(clinician, submittedKey(recipientId, r.submittedAt), email, now, settings);
}

async function deliverDigest(
  clinicianId: string,
  day: string,
  now: Date,
  settings: NotificationSettings,
): Promise<DeliveryOutcome> {
  const clinician = await db.user.findUnique({
    where: { id: clinicianId },
    select: { ...personSelect, role: true, alsoClinician: true },
  });
  if (!clinician || !holdsRole(clinician, "CLINICIAN")) return skipped("gone");
  const zone = safeTimeZone(clinician.timeZone);
  const start = startOfLocalDay(day, zone);
  const end = startOfLocalDay(addDays(day, 1), zone);
  // "The evening before": once the day has begun, the digest is no longer news.
  if (now.getTime() >= start.getTime()) return skipped("day-started");
  const appointments = await db.appointment.findMany({
    where: { clinicianId, cancelledAt: null, startsAt: { gte: start, lt: end } },
    orderBy: { startsAt: "asc" },
    select: {
      startsAt: true,
      modality: true,
      client: { select: { userId: true, user: { select: { name: true } } } },
      couple: { select: { name: true, members: { select: { userId: true } } } },
    },
  });
  if (appointments.length === 0) return skipped("no-appointments");
  const clientIds = [
    ...new Set(
      appointments
        .flatMap((s) => [s.client?.userId, ...(s.couple?.members.map((m) => m.userId) ?? [])])
        .filter((x): x is string => !!x),
    ),
  ];
  const waiting = await db.assignmentRecipient.groupBy({
    by: ["clientId"],
    where: { clientId: { in: clientIds }, state: "SUBMITTED", assignment: { clinicianId } },
    _count: { _all: true },
  });
  const waitingBy = new Map(waiting.map((w) => [w.clientId, w._count._all]));
  const items: DigestAppointment[] = appointments.map((s) => {
    const members = s.couple ? s.couple.members.map((m) => m.userId) : s.client ? [s.client.userId] : [];
    return {
      startsAt: s.startsAt,
      who: s.couple?.name ?? (s.client ? firstName(s.client.user.name, "there") : "An appointment"),
      video: s.modality === "VIDEO",
      newSubmissions: members.reduce((n, id) => n + (waitingBy.get(id) ?? 0), 0),
    };
  });
  const email = digestEmail({
    clinicianName: clinician.name,
    day,
    timeZone: zone,
    appointments: items,
    link: appUrl("/dashboard"),
  });
  return send(clinician, digestKey(clinicianId, day), email, now, settings);
}
