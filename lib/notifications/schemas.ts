import { z } from "zod";
import { clientNewsKindSchema } from "./client-news-kinds";

// What a `notify` job carries: ids and instants only (job rows are not a place for PHI). The
// handler reloads everything else and re-checks that the email is still wanted.

const id = z.string().min(1).max(64);

export const notifyJobSchema = z.discriminatedUnion("kind", [
  /** To a client, 24 hours before a due date. */
  z.object({ kind: z.literal("due-soon"), recipientId: id, dueAt: z.iso.datetime() }),
  /** To a client, once, when the due date has passed and the work is not submitted. */
  z.object({ kind: z.literal("overdue"), recipientId: id, dueAt: z.iso.datetime() }),
  /** To the clinician, when a client submits. */
  z.object({ kind: z.literal("submitted"), recipientId: id }),
  /** To a clinician, the evening before a day with appointments (day = local calendar day). */
  z.object({ kind: z.literal("digest"), clinicianId: id, day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /** To the client's clinician, at once and at any hour: a risk alert is waiting (lib/risk/notify.ts). */
  z.object({ kind: z.literal("risk-alert"), alertId: id }),
  /** To a client: their waiting news of one kind, batched into one email (./client-news.ts). */
  z.object({ kind: z.literal("client-news"), userId: id, notice: clientNewsKindSchema }),
  /** To a partner: a change to the couple's agreement waits for them to confirm (lib/couples/agreement-notify.ts). */
  z.object({ kind: z.literal("agreement-change"), agreementId: id, clientId: id }),
]);

export type NotifyJob = z.infer<typeof notifyJobSchema>;

/** The idempotency key of a notification: the same key is never emailed twice. */
export function dueSoonKey(recipientId: string, dueAt: Date | string): string {
  return `reminder-due:${recipientId}:${new Date(dueAt).toISOString()}`;
}
export function overdueKey(recipientId: string, dueAt: Date | string): string {
  return `reminder-overdue:${recipientId}:${new Date(dueAt).toISOString()}`;
}
export function submittedKey(recipientId: string, submittedAt: Date): string {
  return `submitted:${recipientId}:${submittedAt.toISOString()}`;
}
export function digestKey(clinicianId: string, day: string): string {
  return `digest:${clinicianId}:${day}`;
}

/** Reminders go out from 24 hours before the due time. */
export const DUE_SOON_LEAD_MS = 24 * 3_600_000;
/** An overdue reminder is sent within a week of the due date, never for older work. */
export const OVERDUE_WINDOW_MS = 7 * 24 * 3_600_000;
/** A submission note is still sent (e.g. after quiet hours or an outage) for three days. */
export const SUBMITTED_WINDOW_MS = 3 * 24 * 3_600_000;

export const preferencesSchema = z.object({
  emailOptOut: z.boolean(),
  timeZone: z.string().min(1).max(64),
});
export type NotificationPreferences = z.infer<typeof preferencesSchema>;
