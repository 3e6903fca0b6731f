import { z } from "zod";

// What an `appointment-notify` job carries: ids, a sequence number and an instant (job rows are not
// a place for PHI). The handler reloads the appointment and re-checks that the email is still wanted.

const id = z.string().min(1).max(64);

export const appointmentNoticeJob = z.discriminatedUnion("kind", [
  /** Scheduled, updated or cancelled: the notice for the appointment's `sequence`, with an .ics. */
  z.object({ kind: z.literal("change"), appointmentId: id, recipientId: id, sequence: z.number().int() }),
  /** The day before: sent from 24 hours before the start. */
  z.object({ kind: z.literal("reminder"), appointmentId: id, recipientId: id, startsAt: z.iso.datetime() }),
]);

export type AppointmentNoticeJob = z.infer<typeof appointmentNoticeJob>;

/** The same key is never emailed twice (lib/mail claims it in NotificationLog). */
export function changeNoticeKey(appointmentId: string, sequence: number, recipientId: string): string {
  return `appointment:${appointmentId}:${sequence}:${recipientId}`;
}
export function reminderKey(appointmentId: string, startsAt: Date | string, recipientId: string): string {
  return `appointment-reminder:${appointmentId}:${new Date(startsAt).toISOString()}:${recipientId}`;
}

export function noticeKey(job: AppointmentNoticeJob): string {
  return job.kind === "change"
    ? changeNoticeKey(job.appointmentId, job.sequence, job.recipientId)
    : reminderKey(job.appointmentId, job.startsAt, job.recipientId);
}

/** A cancellation waits this long before it is sent, so "Undo" right after it tells nobody. */
export const CANCEL_UNDO_MS = 60_000;
/** A change notice held up (quiet hours, an outage) is still sent for three days, if still ahead. */
export const CHANGE_WINDOW_MS = 3 * 24 * 3_600_000;
/** The reminder goes out from 24 hours before the start. */
export const REMINDER_LEAD_MS = 24 * 3_600_000;
