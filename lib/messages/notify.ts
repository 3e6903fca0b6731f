import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import { logError } from "@/lib/log";
import { appUrl, sendEmail } from "@/lib/mail";
import { notificationSettings, type NotificationSettings } from "@/lib/notifications/service";
import { isQuietTime, nextSendTime, safeTimeZone } from "@/lib/notifications/time";
import { newMessageEmail } from "./email";
import { clientIdsOf, clinicianOf, threadSelect, unreadCounts } from "./queries";

// "You have a new message" emails, through the job queue (QUEUES.messageEmail). One job per thread
// and person at a time (the singleton key); the job waits out the person's quiet hours, skips people
// who turned email off, and sends at most one email per thread until the person has read it: the
// idempotency key carries their last-read time, so it only changes once they have opened the thread.

export const messageEmailJob = z.object({
  threadId: z.string().min(1).max(64),
  userId: z.string().min(1).max(64),
});
export type MessageEmailJob = z.infer<typeof messageEmailJob>;

export function messageEmailKey(threadId: string, userId: string, lastReadAt: Date | null): string {
  return `message:${threadId}:${userId}:${lastReadAt ? lastReadAt.toISOString() : "never"}`;
}

/** After a message is committed: one job per other participant. Never throws (logged, without content). */
export async function queueMessageEmails(
  threadId: string,
  userIds: readonly string[],
  now: Date,
): Promise<void> {
  if (userIds.length === 0) return;
  try {
    const boss = await getBoss();
    for (const userId of userIds) {
      await boss.send(QUEUES.messageEmail.name, { threadId, userId } satisfies MessageEmailJob, {
        singletonKey: `message:${threadId}:${userId}`,
        startAfter: new Date(now.getTime() + 60_000),
      });
    }
  } catch (error) {
    logError("messages.email_enqueue_failed", error, { threadId });
  }
}

export type MessageEmailOutcome =
  | { outcome: "sent" | "duplicate"; key: string }
  | { outcome: "quiet"; retryAt: string }
  | { outcome: "skipped"; reason: string };

/** The job: sends the email if it is still wanted at `now`. Safe to run more than once. */
export async function deliverMessageEmail(
  job: MessageEmailJob,
  now: Date,
  settings: NotificationSettings = notificationSettings(),
): Promise<MessageEmailOutcome> {
  const [thread, person] = await Promise.all([
    db.messageThread.findUnique({ where: { id: job.threadId }, select: threadSelect(job.userId) }),
    db.user.findUnique({
      where: { id: job.userId },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        timeZone: true,
        emailOptOut: true,
        deactivatedAt: true,
      },
    }),
  ]);
  if (!thread || !person) return { outcome: "skipped", reason: "gone" };
  const participants = [clinicianOf(thread)?.id, ...clientIdsOf(thread)];
  if (!participants.includes(person.id)) return { outcome: "skipped", reason: "not-a-participant" };
  if (person.deactivatedAt) return { outcome: "skipped", reason: "deactivated" };
  if (person.emailOptOut) return { outcome: "skipped", reason: "opted-out" };
  const unread = (await unreadCounts(person.id, [thread.id])).get(thread.id) ?? 0;
  if (unread === 0) return { outcome: "skipped", reason: "read" };
  const zone = safeTimeZone(person.timeZone);
  if (isQuietTime(now, zone, settings.quiet)) {
    const retryAt = nextSendTime(now, zone, settings.quiet);
    const boss = await getBoss();
    await boss.send(QUEUES.messageEmail.name, job, { startAfter: retryAt });
    return { outcome: "quiet", retryAt: retryAt.toISOString() };
  }
  const latest = await db.message.findFirst({
    where: { threadId: thread.id, authorId: { not: person.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { author: { select: { name: true } } },
  });
  const key = messageEmailKey(thread.id, person.id, thread.states[0]?.lastReadAt ?? null);
  // The thread's clinician, by place rather than role: in a solo practice it is an ADMIN who also
  // sees clients (lib/policy/actor.ts), whose links are the clinician's too.
  const clinicianSide = person.id === clinicianOf(thread)?.id;
  const email = newMessageEmail({
    recipientName: person.name,
    authorName: latest?.author.name ?? "Someone",
    link: appUrl(clinicianSide ? `/inbox/${thread.id}` : `/messages/${thread.id}`),
    preferencesLink: appUrl(clinicianSide ? "/settings/notifications" : "/account/notifications"),
  });
  const result = await sendEmail({ to: person.email, ...email }, { idempotencyKey: key, userId: person.id });
  return { outcome: result, key };
}
