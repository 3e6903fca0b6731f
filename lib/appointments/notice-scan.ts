import "server-only";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { logError, logInfo } from "@/lib/log";
import { alreadySent } from "@/lib/mail";
import { notificationSettings, type NotificationSettings } from "@/lib/notifications/service";
import { isQuietTime, safeTimeZone } from "@/lib/notifications/time";
import { noticeAppointmentSelect, noticeRecipients } from "./notice-delivery";
import {
  CANCEL_UNDO_MS,
  CHANGE_WINDOW_MS,
  REMINDER_LEAD_MS,
  changeNoticeKey,
  reminderKey,
  type AppointmentNoticeJob,
} from "./notice-jobs";

// Which appointment emails are due, and queueing them. Two ways in, one outcome:
//  - right after a change is committed, enqueueAppointmentNotices() queues one job per client who
//    may be emailed now (outside their quiet hours; a cancellation waits out its undo minute);
//  - every five minutes the `appointment-scan` cron plans whatever is due and not yet sent (a job
//    that found quiet hours, a queue that could not be reached, the day-before reminders).
// The notice's key is pg-boss's singleton key and NotificationLog's key: nothing is sent twice.

export type PlannedNotice = { key: string; job: AppointmentNoticeJob };

type Row = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(where: object) {
  return db.appointment.findMany({ where, select: noticeAppointmentSelect, take: 1000 });
}

/**
 * The emails of one appointment that may go out at `now`: not to people who opted out, not in a
 * person's quiet hours, not for a cancellation still in its undo minute. Whatever is held back here is
 * planned by a later scan. No job waits in the queue with a start time: the scan is the timer.
 */
function plansFor(row: Row, now: Date, settings: NotificationSettings, kind: "change" | "reminder") {
  if (kind === "change" && row.cancelledAt && now.getTime() - row.changedAt.getTime() < CANCEL_UNDO_MS)
    return [];
  const out: PlannedNotice[] = [];
  for (const person of noticeRecipients(row)) {
    if (person.deactivatedAt || person.emailOptOut) continue;
    if (isQuietTime(now, safeTimeZone(person.timeZone), settings.quiet)) continue;
    out.push(
      kind === "change"
        ? {
            key: changeNoticeKey(row.id, row.sequence, person.id),
            job: { kind, appointmentId: row.id, recipientId: person.id, sequence: row.sequence },
          }
        : {
            key: reminderKey(row.id, row.startsAt, person.id),
            job: {
              kind,
              appointmentId: row.id,
              recipientId: person.id,
              startsAt: row.startsAt.toISOString(),
            },
          },
    );
  }
  return out;
}

/** Every appointment email that may be sent at `now` (for the scan) and is not sent yet. */
export async function planAppointmentNotices(
  now: Date,
  settings: NotificationSettings = notificationSettings(),
): Promise<PlannedNotice[]> {
  const t = now.getTime();
  const changed = await loadRows({
    startsAt: { gt: now },
    changedAt: { gt: new Date(t - CHANGE_WINDOW_MS) },
  });
  // A reminder only when the appointment was settled more than a day ahead: a notice sent within
  // the last day already said when.
  const soon = await loadRows({
    cancelledAt: null,
    startsAt: { gt: now, lte: new Date(t + REMINDER_LEAD_MS) },
  });
  const planned = [
    ...changed.flatMap((row) => plansFor(row, now, settings, "change")),
    ...soon
      .filter((row) => row.startsAt.getTime() - row.changedAt.getTime() >= REMINDER_LEAD_MS)
      .flatMap((row) => plansFor(row, now, settings, "reminder")),
  ];
  const sent = await alreadySent(planned.map((p) => p.key));
  return planned.filter((p) => !sent.has(p.key));
}

/** The scan's work: queue every due notice. Returns how many were queued. */
export async function scanAppointmentNotices(
  boss: PgBoss,
  now: Date,
  settings: NotificationSettings = notificationSettings(),
): Promise<number> {
  let queued = 0;
  for (const p of await planAppointmentNotices(now, settings)) {
    if (await boss.send(QUEUES.appointmentNotify.name, p.job, { singletonKey: p.key })) queued += 1;
  }
  if (queued) logInfo("appointments.notices_queued", { count: queued });
  return queued;
}

/**
 * Queue the notices of an appointment's latest change. Call AFTER the change is committed. Never
 * throws: if the queue cannot be reached, the next scan queues them instead.
 */
export async function enqueueAppointmentNotices(
  appointmentId: string,
  now = new Date(),
  settings: NotificationSettings = notificationSettings(),
): Promise<void> {
  try {
    const row = await db.appointment.findUnique({
      where: { id: appointmentId },
      select: noticeAppointmentSelect,
    });
    if (!row || row.startsAt.getTime() <= now.getTime()) return;
    const boss = await getBoss();
    for (const p of plansFor(row, now, settings, "change")) {
      await boss.send(QUEUES.appointmentNotify.name, p.job, { singletonKey: p.key });
    }
  } catch (error) {
    logError("appointments.enqueue_failed", error, { kind: "change" });
  }
}
