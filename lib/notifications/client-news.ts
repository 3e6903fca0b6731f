import "server-only";
import { db, type Prisma } from "@/lib/db";
import { appUrl, sendEmail } from "@/lib/mail";
import { clientNewsEmail } from "./client-news-emails";
import {
  CLIENT_NEWS_MAX_WAIT_SECONDS,
  CLIENT_NEWS_SETTLE_SECONDS,
  CLIENT_NEWS_WINDOW_MS,
  clientNewsJobKey,
  type ClientNewsKind,
} from "./client-news-kinds";
import type { NotifyJob } from "./schemas";
import type { DeliveryOutcome, NotificationSettings, PlannedNotification } from "./service";
import { isQuietTime, safeTimeZone } from "./time";

// A client hears about new work, feedback and revision requests by email, batched:
//
// 1. The event writes a ClientNotice row in its own transaction, so the notice exists exactly when
//    the work (or the feedback) does, even if the queue is unreachable at that moment.
// 2. The periodic scan (every few minutes, lib/notifications/service.ts) plans one `notify` job per
//    person and kind once their notices have settled: the newest is CLIENT_NEWS_SETTLE_SECONDS old
//    (a clinician giving several things in a row produces one email), or the oldest has waited
//    CLIENT_NEWS_MAX_WAIT_SECONDS (a long run of work still gets told promptly).
// 3. The job claims every waiting notice into a batch (the batch key is the email's idempotency
//    key), sends one email and marks the batch done. A retry after a crash resends the same batch
//    under the same key, so lib/mail sends it at most once; notices that arrived meanwhile wait for
//    the next email.
// 4. Quiet hours: the scan plans nothing for a person in their quiet hours, and a job that finds them
//    begun leaves the notices waiting; the first scan after quiet hours sends them.
// 5. Opt-out (all email, or this kind): the notices are marked done without an email.

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
  now: Date = new Date(),
): Promise<void> {
  if (notices.length === 0) return;
  await tx.clientNotice.createMany({ data: notices.map((n) => ({ ...n, createdAt: now })) });
}

/** For the periodic scan: people and kinds whose notices have settled and who may be emailed now. */
export async function planClientNews(
  now: Date,
  settings: NotificationSettings,
): Promise<PlannedNotification[]> {
  const waiting = await db.clientNotice.groupBy({
    by: ["userId", "kind"],
    where: { doneAt: null, createdAt: { gt: new Date(now.getTime() - CLIENT_NEWS_WINDOW_MS), lte: now } },
    _min: { createdAt: true },
    _max: { createdAt: true },
  });
  const t = now.getTime();
  const settled = waiting.filter(
    (w) =>
      t - w._max.createdAt!.getTime() >= CLIENT_NEWS_SETTLE_SECONDS * 1000 ||
      t - w._min.createdAt!.getTime() >= CLIENT_NEWS_MAX_WAIT_SECONDS * 1000,
  );
  if (settled.length === 0) return [];
  const zones = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(settled.map((w) => w.userId))] } },
        select: { id: true, timeZone: true },
      })
    ).map((u) => [u.id, u.timeZone]),
  );
  return settled
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
