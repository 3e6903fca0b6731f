import "server-only";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { logError } from "@/lib/log";
import { alreadySent, appUrl, sendEmail } from "@/lib/mail";
import { riskAlertEmail } from "./email";

// The email that tells a clinician a risk alert is waiting. Unlike every other notification it
// does NOT wait out quiet hours and is sent even to someone who turned reminders off: it may be
// urgent, and it carries nothing clinical. It goes through the job queue (`notify`, kind
// "risk-alert") right after the submission commits; the periodic scan re-plans any that did not go
// out (queue unreachable, worker down) while the alert is open, within RISK_ALERT_EMAIL_WINDOW_MS.

export const RISK_ALERT_EMAIL_WINDOW_MS = 3 * 24 * 3_600_000;

export function riskAlertKey(alertId: string): string {
  return `risk-alert:${alertId}`;
}

/** Queues one email per alert. Never throws: the scan catches up on anything not queued. */
export async function notifyRiskAlerts(alertIds: readonly string[]): Promise<void> {
  try {
    const boss = await getBoss();
    for (const alertId of alertIds) {
      await boss.send(
        QUEUES.notify.name,
        { kind: "risk-alert", alertId },
        { singletonKey: riskAlertKey(alertId) },
      );
    }
  } catch (error) {
    logError("notifications.enqueue_failed", error, { kind: "risk-alert" });
  }
}

/** Open alerts whose email has not gone out yet (for the scan). */
export async function planRiskAlertNotifications(
  now: Date,
): Promise<{ key: string; job: { kind: "risk-alert"; alertId: string } }[]> {
  const open = await db.riskAlert.findMany({
    where: {
      acknowledgedAt: null,
      createdAt: { gt: new Date(now.getTime() - RISK_ALERT_EMAIL_WINDOW_MS), lte: now },
    },
    select: { id: true },
  });
  const planned = open.map((a) => ({
    key: riskAlertKey(a.id),
    job: { kind: "risk-alert" as const, alertId: a.id },
  }));
  const sent = await alreadySent(planned.map((p) => p.key));
  return planned.filter((p) => !sent.has(p.key));
}

export type RiskAlertDelivery =
  { outcome: "sent" | "duplicate"; key: string } | { outcome: "skipped"; reason: string };

/** Sends the email of one alert to the client's clinician now, at any hour. Safe to run more than once. */
export async function deliverRiskAlert(alertId: string, now: Date): Promise<RiskAlertDelivery> {
  const alert = await db.riskAlert.findUnique({
    where: { id: alertId },
    select: { id: true, clientId: true, createdAt: true, acknowledgedAt: true },
  });
  if (!alert) return { outcome: "skipped", reason: "gone" };
  if (alert.acknowledgedAt) return { outcome: "skipped", reason: "acknowledged" };
  if (now.getTime() - alert.createdAt.getTime() > RISK_ALERT_EMAIL_WINDOW_MS)
    return { outcome: "skipped", reason: "too-old" };
  // The client's clinician now (a caseload may have moved since the work was given).
  const profile = await db.clientProfile.findUnique({
    where: { userId: alert.clientId },
    select: { clinician: { select: { id: true, email: true, name: true, deactivatedAt: true } } },
  });
  const clinician = profile?.clinician;
  if (!clinician || clinician.deactivatedAt) return { outcome: "skipped", reason: "no-clinician" };
  const email = riskAlertEmail({
    clinicianName: clinician.name,
    link: appUrl("/dashboard"),
    preferencesLink: appUrl("/settings/notifications"),
  });
  const key = riskAlertKey(alert.id);
  const result = await sendEmail(
    { to: clinician.email, subject: email.subject, text: email.text, html: email.html },
    { idempotencyKey: key, userId: clinician.id },
  );
  return { outcome: result, key };
}
