// The job queues Mend runs on pg-boss (PostgreSQL). One place lists every queue with its retry
// policy, so the web process (which only sends) and the worker (which also works) agree.
//
// Retries back off exponentially (pg-boss `retryBackoff`: retryDelay, then roughly doubling).
// Handlers are idempotent: a job may run more than once (retry after a crash, a worker restarted
// mid-run), and the notification handlers claim a NotificationLog key before any email leaves.

export type QueuePolicy = "standard" | "short" | "singleton" | "stately";

export type QueueDefinition = {
  name: string;
  policy: QueuePolicy;
  retryLimit: number;
  /** Seconds before the first retry (then backing off). */
  retryDelay: number;
  retryBackoff: boolean;
  /** A job running longer than this is failed (and retried). */
  expireInSeconds: number;
  /** Cron (UTC) for queues the worker fills on a schedule. */
  cron?: string;
};

export const QUEUES = {
  /** One email to one person: a due/overdue reminder, a submission note, an appointment digest. */
  notify: {
    name: "notify",
    // At most one queued, one retrying and one running job per notification key.
    policy: "stately",
    retryLimit: 6,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  /** Every few minutes: which reminders, notes and digests are due now, one `notify` job each. */
  notificationScan: {
    name: "notification-scan",
    policy: "singleton",
    retryLimit: 2,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
    cron: "*/5 * * * *",
  },
  /** Daily: purge the records of closed client accounts past their practice's retention period. */
  retentionPurge: {
    name: "retention-purge",
    policy: "singleton",
    retryLimit: 3,
    retryDelay: 600,
    retryBackoff: true,
    expireInSeconds: 1800,
    cron: "30 3 * * *",
  },
  /** One appointment email to one client: scheduled, updated, cancelled (with .ics), or the reminder. */
  appointmentNotify: {
    name: "appointment-notify",
    policy: "stately",
    retryLimit: 6,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  /** "You have a new message" to one person about one thread (lib/messages/notify.ts). */
  messageEmail: {
    name: "message-email",
    // At most one queued job per thread and person (the singleton key): a burst of messages is one email.
    policy: "stately",
    retryLimit: 6,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  /** Every few minutes: appointment notices not yet sent (quiet hours ended) and day-before reminders. */
  appointmentScan: {
    name: "appointment-scan",
    policy: "singleton",
    retryLimit: 2,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 300,
    cron: "*/5 * * * *",
  },
} as const satisfies Record<string, QueueDefinition>;

export type QueueKey = keyof typeof QUEUES;
export const ALL_QUEUES: QueueDefinition[] = Object.values(QUEUES);
