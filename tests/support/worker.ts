import { db } from "@/lib/db";
import { QUEUES } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import type { NotificationSettings } from "@/lib/notifications/service";
import { parseQuietHours } from "@/lib/notifications/time";

// Shared set-up for tests of the worker (notifications, audit, data rights, jobs): a REAL pg-boss worker on this test worker's database, driven by
// a clock the test moves (no sleeping until 08:00), and direct rows for assignments and appointments.

export const SETTINGS: NotificationSettings = {
  quiet: parseQuietHours("21:00-08:00"),
  digestMinute: 18 * 60,
};

/** A clock the test moves by hand. */
export function testClock(start: Date) {
  let current = start;
  return {
    now: () => current,
    set(next: Date | string) {
      current = new Date(next);
    },
  };
}

export async function startTestWorker(
  clock: () => Date,
  extra: Parameters<typeof startWorker>[0] = {},
): Promise<RunningWorker> {
  return startWorker({
    now: clock,
    schedule: false,
    pollingIntervalSeconds: 0.5,
    maintenanceIntervalSeconds: 1,
    settings: SETTINGS,
    queueOverrides: { [QUEUES.notify.name]: { retryDelay: 1, retryBackoff: false, expireInSeconds: 5 } },
    ...extra,
  });
}

export async function until<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  what: string,
  timeoutMs = 45_000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`Timed out waiting for ${what} (last value: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * Every queue is empty of created, retrying and running jobs, except jobs deliberately started
 * later (e.g. a message email a minute after the message): those belong to their own test.
 */
export async function drained(): Promise<void> {
  await until(
    async () => {
      const open: Record<string, number> = {};
      const rows = await db.$queryRaw<{ name: string; open: number }[]>`
        SELECT name, count(*)::int AS open FROM pgboss.job
         WHERE state < 'completed' AND NOT (state = 'created' AND start_after > now() + interval '5 seconds')
         GROUP BY name`;
      for (const row of rows) open[row.name] = row.open;
      return open;
    },
    (open) => Object.keys(open).length === 0,
    "the queues to drain",
  );
}

/** The real scan, run as a job by the worker (its clock decides what is due), then every email job. */
export async function scan(worker: RunningWorker): Promise<void> {
  await worker.boss.send(QUEUES.notificationScan.name, {});
  await drained();
}

export async function outboxTo(email: string) {
  return db.outboxEmail.findMany({ where: { to: email.toLowerCase() }, orderBy: { createdAt: "asc" } });
}

export async function exerciseVersion(slug?: string) {
  return db.exerciseVersion.findFirstOrThrow({
    where: { exercise: { scope: { startsWith: "pack:" }, ...(slug ? { slug } : {}) } },
    orderBy: { version: "desc" },
    select: { id: true, title: true, definition: true },
  });
}

/** An assignment straight in the database (due dates in the past or far future are fine here). */
export async function giveAssignment(input: {
  practiceId: string;
  clinicianId: string;
  clientIds: string[];
  dueAt: Date | string;
  coupleId?: string;
  state?: "ASSIGNED" | "IN_PROGRESS" | "SUBMITTED" | "REVIEWED";
  submittedAt?: Date;
  exercise?: string;
  /** Perspective per client id (couple exercises). */
  perspectives?: Record<string, string>;
  status?: "ACTIVE" | "WITHDRAWN";
}) {
  const version = await exerciseVersion(input.exercise);
  return db.assignment.create({
    data: {
      practiceId: input.practiceId,
      clinicianId: input.clinicianId,
      exerciseVersionId: version.id,
      coupleId: input.coupleId ?? null,
      dueAt: new Date(input.dueAt),
      status: input.status ?? "ACTIVE",
      recipients: {
        create: input.clientIds.map((clientId) => ({
          clientId,
          state: input.state ?? "ASSIGNED",
          submittedAt: input.submittedAt ?? null,
          perspectiveId: input.perspectives?.[clientId] ?? null,
        })),
      },
    },
    select: { id: true, recipients: { select: { id: true, clientId: true } } },
  });
}
