import "server-only";
import type PgBoss from "pg-boss";
import { deliverAppointmentNotice } from "@/lib/appointments/notice-delivery";
import { appointmentNoticeJob } from "@/lib/appointments/notice-jobs";
import { scanAppointmentNotices } from "@/lib/appointments/notice-scan";
import { purgeExpiredAccounts } from "@/lib/data-rights/purge";
import { logInfo } from "@/lib/log";
import { deliverMessageEmail, messageEmailJob } from "@/lib/messages/notify";
import { scanAndEnqueue } from "@/lib/notifications/enqueue";
import { notifyJobSchema } from "@/lib/notifications/schemas";
import {
  deliverNotification,
  notificationSettings,
  type NotificationSettings,
} from "@/lib/notifications/service";
import { systemClock, type Clock } from "@/lib/notifications/time";
import { createBoss, ensureQueues, setSendingBoss } from "./boss";
import { QUEUES, type QueueDefinition } from "./queues";

// The worker: works every queue and, unless told not to, runs the cron schedules. It is started
// with the web server (lib/jobs/app-worker.ts, from instrumentation) or on its own with
// `npm run worker` (scripts/worker.ts). Several workers may run at once: pg-boss hands each job to
// one of them, cron schedules fire once, and the handlers are idempotent.

export type StartWorkerOptions = {
  /** The time the handlers see. Tests drive it; production uses the system clock. */
  now?: Clock;
  /** Run the cron schedules (scan every 5 minutes, retention purge daily). */
  schedule?: boolean;
  pollingIntervalSeconds?: number;
  /** How often stuck jobs (of a worker that died mid-job) are expired and retried. */
  maintenanceIntervalSeconds?: number;
  /** Test overrides of a queue's retry policy, by queue name. */
  queueOverrides?: Partial<Record<string, Partial<QueueDefinition>>>;
  settings?: NotificationSettings;
};

export type RunningWorker = {
  boss: PgBoss;
  /** Graceful by default: waits (up to `timeoutMs`) for running jobs; unfinished ones are retried later. */
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
};

export async function startWorker(options: StartWorkerOptions = {}): Promise<RunningWorker> {
  const now = options.now ?? systemClock;
  const settings = options.settings ?? notificationSettings();
  const schedule = options.schedule ?? true;
  const boss = createBoss({
    schedule,
    supervise: true,
    ...(options.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }
      : {}),
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  });
  await boss.start();
  await ensureQueues(boss, options.queueOverrides);
  const work = options.pollingIntervalSeconds
    ? { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds }
    : { batchSize: 1 };

  // A job's output is kept in pg-boss's tables for a week: outcomes and counts only, never content.
  await boss.work(QUEUES.notify.name, work, async ([job]) => {
    const data = notifyJobSchema.parse(job!.data);
    return deliverNotification(data, now(), settings);
  });
  await boss.work(QUEUES.notificationScan.name, work, async () => ({
    queued: await scanAndEnqueue(boss, now(), settings),
  }));
  await boss.work(QUEUES.appointmentNotify.name, work, async ([job]) =>
    deliverAppointmentNotice(appointmentNoticeJob.parse(job!.data), now(), settings),
  );
  await boss.work(QUEUES.appointmentScan.name, work, async () => ({
    queued: await scanAppointmentNotices(boss, now(), settings),
  }));
  await boss.work(QUEUES.retentionPurge.name, work, async () => purgeExpiredAccounts(now()));
  await boss.work(QUEUES.messageEmail.name, work, async ([job]) =>
    deliverMessageEmail(messageEmailJob.parse(job!.data), now(), settings),
  );

  if (schedule) {
    for (const q of Object.values(QUEUES)) {
      if ("cron" in q) await boss.schedule(q.name, q.cron, {}, { tz: "UTC" });
    }
  }
  setSendingBoss(boss);
  logInfo("jobs.worker_started", { schedule });

  let stopped = false;
  return {
    boss,
    async stop({ graceful = true, timeoutMs = 10_000 } = {}) {
      if (stopped) return;
      stopped = true;
      setSendingBoss(null);
      // close: false — the pool is the app's (lib/db), not pg-boss's to end.
      await boss.stop({ graceful, timeout: timeoutMs, close: false, wait: true });
    },
  };
}
