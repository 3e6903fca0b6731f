import "server-only";
import { db, type Prisma } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { logError } from "@/lib/log";
import { appUrl, sendEmail } from "@/lib/mail";
import { clientNewsEmail } from "./client-news-emails";
import {
  CLIENT_NEWS_BATCH_SECONDS,
  CLIENT_NEWS_WINDOW_MS,
  clientNewsJobKey,
  type ClientNewsKind,
} from "./client-news-kinds";
import type { NotifyJob } from "./schemas";
import type { DeliveryOutcome, NotificationSettings, PlannedNotification } from "./service";
import { isQuietTime, safeTimeZone } from "./time";

// A client hears about new work, feedback and revision requests by email, batched:
//
// 1. The event writes a ClientNotice row in its own transaction (so the notice exists exactly when
//    the work does) and, after the commit, queues a `notify` job for that person and kind, delayed
//    by CLIENT_NEWS_BATCH_SECONDS, with one singleton key per person and kind. While that job waits,
//    queueing again adds nothing (the notify queue is "stately"), so everything given in those
//    minutes is collected by the one job: one email.
// 2. The job claims every waiting notice into a batch (its id is the email's idempotency key), sends
//    one email and marks the batch done. A retry after a crash resends the same batch under the same
//    key, so lib/mail sends it at most once.
// 3. Quiet hours: the job leaves the notices waiting; the periodic scan plans them again once quiet
//    hours are over (as it does for reminders). A lost job is caught up the same way.
// 4. Opt-out (all email, or this kind): the notices are marked done without an email.

export type ClientNoticeInput = {
  userId: string;
  kind: ClientNewsKind;
  assignmentId: string;
  actorId: string;
};

/** Writes the notices, inside the caller's transaction. */
export async function recordClientNews(
  tx: Prisma.TransactionClient,
  notices: readonly ClientNoticeInput[],
): Promise<void> {
  if (notices.length === 0) return;
  await tx.clientNotice.createMany({ data: notices.map((n) => ({ ...n })) });
}

/**
 * Queues the batched email for each person and kind. Call AFTER the commit. Never throws: if the
 * queue cannot be reached, the next scan sends the email instead.
 */
export async function queueClientNews(notices: readonly ClientNoticeInput[]): Promise<void> {
  const targets = new Map<string, { userId: string; kind: ClientNewsKind }>();
  for (const n of notices)
    targets.set(clientNewsJobKey(n.userId, n.kind), { userId: n.userId, kind: n.kind });
  if (targets.size === 0) return;
  try {
    const boss = await getBoss();
    for (const [key, t] of targets) {
      const job: NotifyJob = { kind: "client-news", userId: t.userId, notice: t.kind };
      await boss.send(QUEUES.notify.name, job, { singletonKey: key, startAfter: CLIENT_NEWS_BATCH_SECONDS });
    }
  } catch (error) {
    logError("notifications.enqueue_failed", error, { kind: "client-news" });
  }
}

/** For the periodic scan: people whose notices waited past the batch window and may be emailed now. */
export async function planClientNews(
  now: Date,
  settings: NotificationSettings,
): Promise<PlannedNotification[]> {
  const waiting = await db.clientNotice.findMany({
    where: {
      doneAt: null,
      createdAt: {
        lte: new Date(now.getTime() - CLIENT_NEWS_BATCH_SECONDS * 1000),
        gt: new Date(now.getTime() - CLIENT_NEWS_WINDOW_MS),
      },
    },
    distinct: ["userId", "kind"],
    select: { userId: true, kind: true },
  });
  if (waiting.length === 0) return [];
  const zones = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(waiting.map((w) => w.userId))] } },
        select: { id: true, timeZone: true },
      })
    ).map((u) => [u.id, u.timeZone]),
  );
  return waiting
    .filter((w) => !isQuietTime(now, safeTimeZone(zones.get(w.userId) ?? "UTC"), settings.quiet))
    .map((w) => {
      const kind = w.kind as ClientNewsKind;
      return {
        key: clientNewsJobKey(w.userId, kind),
        job: { kind: "client-news", userId: w.userId, notice: kind },
      };
    });
}

async function finish(where: Prisma.ClientNoticeWhereInput, now: Date, outcome: string): Promise<void> {
  await db.clientNotice.updateMany({ where: { ...where, doneAt: null }, data: { doneAt: now, outcome } });
}

/** Sends one person's waiting notices of one kind as one email, if still wanted at `now`. */
export async function deliverClientNews(
  job: Extract<NotifyJob, { kind: "client-news" }>,
  now: Date,
  settings: NotificationSettings,
): Promise<DeliveryOutcome> {
  const kind = job.notice;
  const mine = { userId: job.userId, kind };
  const user = await db.user.findUnique({
    where: { id: job.userId },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      emailOptOut: true,
      deactivatedAt: true,
      practice: { select: { assignmentLabel: true } },
    },
  });
  if (!user || user.deactivatedAt) {
    await finish(mine, now, "deactivated");
    return { outcome: "skipped", reason: "deactivated" };
  }
  const kindOff = await db.emailKindOptOut.findUnique({ where: { userId_kind: { userId: user.id, kind } } });
  if (user.emailOptOut || kindOff) {
    await finish(mine, now, "opted-out");
    return { outcome: "skipped", reason: "opted-out" };
  }
  // Too old to be news (e.g. a long outage): dropped rather than sent days late.
  await finish(
    { ...mine, createdAt: { lte: new Date(now.getTime() - CLIENT_NEWS_WINDOW_MS) } },
    now,
    "too-old",
  );
  const pending = await db.clientNotice.findMany({
    where: { ...mine, doneAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, batchKey: true },
  });
  if (pending.length === 0) return { outcome: "skipped", reason: "nothing-waiting" };
  if (isQuietTime(now, safeTimeZone(user.timeZone), settings.quiet))
    return { outcome: "quiet", key: clientNewsJobKey(user.id, kind) };

  // An earlier attempt's batch goes out first, under its own key; otherwise claim everything waiting.
  let batchKey = pending.find((p) => p.batchKey)?.batchKey ?? null;
  if (!batchKey) {
    batchKey = `client-news:${pending[0]!.id}`;
    await db.clientNotice.updateMany({
      where: { id: { in: pending.map((p) => p.id) }, batchKey: null },
      data: { batchKey },
    });
  }
  const batch = await db.clientNotice.findMany({
    where: { batchKey, doneAt: null },
    select: { assignmentId: true, actorId: true },
  });
  // Only work that still stands: withdrawn work is not news any more.
  const live = await db.assignment.findMany({
    where: { id: { in: [...new Set(batch.map((b) => b.assignmentId))] }, status: "ACTIVE" },
    select: { id: true },
  });
  if (live.length === 0) {
    await finish({ batchKey }, now, "gone");
    return { outcome: "skipped", reason: "gone" };
  }
  const liveIds = new Set(live.map((a) => a.id));
  const actorIds = [...new Set(batch.filter((b) => liveIds.has(b.assignmentId)).map((b) => b.actorId))];
  const actors = await db.user.findMany({ where: { id: { in: actorIds } }, select: { name: true } });
  const only = live.length === 1 ? live[0]!.id : null;
  const email = clientNewsEmail({
    kind,
    clientName: user.name,
    from: actors.map((a) => a.name),
    count: live.length,
    label: user.practice.assignmentLabel,
    link: appUrl(only ? `/assignments/${only}` : "/home"),
    preferencesLink: appUrl("/account/notifications"),
  });
  const result = await sendEmail(
    { to: user.email, subject: email.subject, text: email.text, html: email.html },
    { idempotencyKey: batchKey, userId: user.id },
  );
  await finish({ batchKey }, now, result);
  return { outcome: result, key: batchKey };
}
