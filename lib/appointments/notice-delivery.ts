import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appUrl, sendEmail, type EmailAttachment } from "@/lib/mail";
import { isQuietTime, safeTimeZone } from "@/lib/notifications/time";
import { notificationSettings, type NotificationSettings } from "@/lib/notifications/service";
import { invitationIcs } from "./ics";
import { appointmentNoticeEmail, type NoticeKind } from "./notice-emails";
import {
  CANCEL_UNDO_MS,
  CHANGE_WINDOW_MS,
  REMINDER_LEAD_MS,
  changeNoticeKey,
  reminderKey,
  type AppointmentNoticeJob,
} from "./notice-jobs";

// Sending one appointment email, if it is still wanted at `now`. Safe to run more than once: the key
// is claimed before anything leaves (lib/mail). A notice for an older sequence is dropped: the
// appointment changed again and the newer notice says what is true now.

export type NoticeOutcome =
  { outcome: "sent" | "duplicate" | "quiet"; key: string } | { outcome: "skipped"; reason: string };

const skipped = (reason: string): NoticeOutcome => ({ outcome: "skipped", reason });

const personSelect = {
  id: true,
  email: true,
  name: true,
  timeZone: true,
  emailOptOut: true,
  deactivatedAt: true,
} as const;

/** An appointment with the people it concerns: the client, or every open member of the couple. */
export const noticeAppointmentSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  modality: true,
  cancelledAt: true,
  sequence: true,
  changedAt: true,
  clinician: { select: { name: true } },
  client: { select: { closedAt: true, user: { select: personSelect } } },
  couple: { select: { members: { where: { closedAt: null }, select: { user: { select: personSelect } } } } },
} as const;

type Person = { id: string; email: string; name: string; timeZone: string; emailOptOut: boolean };

export function noticeRecipients(row: {
  client: { closedAt: Date | null; user: Person & { deactivatedAt: Date | null } } | null;
  couple: { members: { user: Person & { deactivatedAt: Date | null } }[] } | null;
}): (Person & { deactivatedAt: Date | null })[] {
  if (row.couple) return row.couple.members.map((m) => m.user);
  if (row.client && !row.client.closedAt) return [row.client.user];
  return [];
}

/** Host part of Mend's address: the iCalendar UIDs' domain. */
export function calendarHost(): string {
  return new URL(env().NEXTAUTH_URL).host;
}

function mailFromAddress(): string {
  const from = env().MAIL_FROM;
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

export async function deliverAppointmentNotice(
  job: AppointmentNoticeJob,
  now: Date,
  settings: NotificationSettings = notificationSettings(),
): Promise<NoticeOutcome> {
  const row = await db.appointment.findUnique({
    where: { id: job.appointmentId },
    select: noticeAppointmentSelect,
  });
  if (!row) return skipped("gone");
  const person = noticeRecipients(row).find((p) => p.id === job.recipientId);
  if (!person) return skipped("not-a-recipient");
  if (person.deactivatedAt) return skipped("deactivated");
  if (person.emailOptOut) return skipped("opted-out");
  if (row.startsAt.getTime() <= now.getTime()) return skipped("already-started");

  let kind: NoticeKind;
  let key: string;
  if (job.kind === "change") {
    if (row.sequence !== job.sequence) return skipped("superseded");
    if (row.cancelledAt && now.getTime() - row.changedAt.getTime() < CANCEL_UNDO_MS)
      return skipped("undo-window");
    if (now.getTime() - row.changedAt.getTime() > CHANGE_WINDOW_MS) return skipped("too-old");
    kind = row.cancelledAt ? "cancelled" : row.sequence === 0 ? "scheduled" : "updated";
    key = changeNoticeKey(row.id, row.sequence, person.id);
  } else {
    if (row.cancelledAt) return skipped("cancelled");
    if (row.startsAt.toISOString() !== new Date(job.startsAt).toISOString()) return skipped("moved");
    if (row.startsAt.getTime() - now.getTime() > REMINDER_LEAD_MS) return skipped("too-early");
    kind = "reminder";
    key = reminderKey(row.id, row.startsAt, person.id);
  }

  const zone = safeTimeZone(person.timeZone);
  if (isQuietTime(now, zone, settings.quiet)) return { outcome: "quiet", key };
  const email = appointmentNoticeEmail({
    kind,
    recipientName: person.name,
    clinicianName: row.clinician.name,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    video: row.modality === "VIDEO",
    timeZone: zone,
    homeLink: appUrl("/home"),
    preferencesLink: appUrl("/account/notifications"),
  });
  const attachments: EmailAttachment[] = [];
  if (kind !== "reminder") {
    const cancelled = row.cancelledAt !== null;
    attachments.push({
      filename: cancelled ? "cancelled-session.ics" : "session.ics",
      contentType: `text/calendar; charset=utf-8; method=${cancelled ? "CANCEL" : "REQUEST"}`,
      content: invitationIcs(
        {
          appointmentId: row.id,
          startsAt: row.startsAt,
          durationMinutes: row.durationMinutes,
          sequence: row.sequence,
          cancelled,
          summary: `Session with ${row.clinician.name}`,
          url: appUrl("/home"),
          stamp: row.changedAt,
        },
        calendarHost(),
        { organizer: { name: "Mend", email: mailFromAddress() }, attendee: person.email },
      ),
    });
  }
  const result = await sendEmail(
    { to: person.email, subject: email.subject, text: email.text, html: email.html, attachments },
    { idempotencyKey: key, userId: person.id },
  );
  return { outcome: result, key };
}
