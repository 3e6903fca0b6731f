import "server-only";
import type PgBoss from "pg-boss";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { logError, logInfo } from "@/lib/log";
import { notificationSettings, planNotifications, type NotificationSettings } from "./service";

/** The periodic scan: one `notify` job per email that may go out now. Returns how many were queued. */
export async function scanAndEnqueue(
  boss: PgBoss,
  now: Date,
  settings: NotificationSettings = notificationSettings(),
): Promise<number> {
  const planned = await planNotifications(now, settings);
  let queued = 0;
  for (const p of planned) {
    // The key as singleton key: a scan that runs again before the job is done adds nothing.
    const id = await boss.send(QUEUES.notify.name, p.job, { singletonKey: p.key });
    if (id) queued += 1;
  }
  if (queued) logInfo("notifications.queued", { count: queued });
  return queued;
}

/**
 * A client submitted work: queue the note to their clinician. Call it AFTER the submission is
 * committed (not inside the transaction: on a one-connection pool the queue would wait for it).
 * It never throws: if the queue cannot be reached, the next scan sends the note instead.
 */
export async function notifySubmitted(recipientId: string): Promise<void> {
  try {
    const boss = await getBoss();
    await boss.send(
      QUEUES.notify.name,
      { kind: "submitted", recipientId },
      { singletonKey: `submitted:${recipientId}` },
    );
  } catch (error) {
    logError("notifications.enqueue_failed", error, { kind: "submitted" });
  }
}
