import { afterEach, describe, expect, it } from "vitest";
import type nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { createBoss } from "@/lib/jobs/boss";
import { QUEUES } from "@/lib/jobs/queues";
import type { RunningWorker } from "@/lib/jobs/worker";
import { setMailTestHooks } from "@/lib/mail";
import { dueSoonKey } from "@/lib/notifications/schemas";
import { deliverNotification } from "@/lib/notifications/service";
import { createClient, createPractice, createUser } from "../../support/factories";
import {
  SETTINGS,
  drained,
  giveAssignment,
  outboxTo,
  startTestWorker,
  testClock,
  until,
} from "../../support/worker";

// "A worker restarted mid-run sends no email twice": a real pg-boss worker, crashes simulated at
// each point of a delivery, and a second worker that picks up what the first left behind.

const DUE = "2032-02-10T18:00:00Z";
// 10:00 in Chicago (the clients' zone), two hours before the due time: outside quiet hours.
const clock = testClock(new Date("2032-02-10T16:00:00Z"));

let running: RunningWorker[] = [];

afterEach(async () => {
  setMailTestHooks({});
  for (const w of running) await w.stop({ graceful: false });
  running = [];
  // pg-boss's stop() tells its polling loops to end but does not wait for a poll already issued. On
  // the embedded database (one connection) that poll can wait in the pool's queue and run after
  // the next test has sent its jobs, taking one of them (seen once under load). Let it land first:
  // more than the 0.5 s polling interval, well under any job's expiry.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
});

async function start() {
  const w = await startTestWorker(clock.now);
  running.push(w);
  return w;
}

async function dueSoonJob() {
  const practice = await createPractice();
  const clinician = await createUser(practice.id, "CLINICIAN");
  const client = await createClient(practice.id, clinician.id);
  const a = await giveAssignment({
    practiceId: practice.id,
    clinicianId: clinician.id,
    clientIds: [client.id],
    dueAt: DUE,
  });
  const recipientId = a.recipients[0]!.id;
  return {
    client,
    recipientId,
    job: { kind: "due-soon" as const, recipientId, dueAt: DUE },
    key: dueSoonKey(recipientId, DUE),
  };
}

async function jobState(id: string) {
  const rows = await db.$queryRawUnsafe<{ state: string; retry_count: number; output: unknown }[]>(
    "SELECT state::text, retry_count, output FROM pgboss.job WHERE id = $1::uuid",
    id,
  );
  return rows[0];
}

describe("a worker that dies mid-run", () => {
  it("crashing between the claim and the send leaves nothing behind: the retry sends exactly one email", async () => {
    const worker = await start();
    const { client, job, key } = await dueSoonJob();
    let crashes = 0;
    setMailTestHooks({
      afterClaim: () => {
        if (crashes++ === 0) throw new Error("simulated crash after claiming the key");
      },
    });
    const id = await worker.boss.send(QUEUES.notify.name, job, { singletonKey: key });
    await drained();
    expect(crashes).toBe(2);
    expect(await outboxTo(client.email)).toHaveLength(1);
    expect(await db.notificationLog.count({ where: { key } })).toBe(1);
    expect(await jobState(id!)).toMatchObject({ state: "completed", retry_count: 1 });
  });

  it("killed before or after sending, without finishing its jobs: the next worker resumes them and sends each email once", async () => {
    // A worker (our bare pg-boss) takes two jobs and dies: one before it did anything, one after its
    // email went out but before it could mark the job done. Nothing marks either job finished.
    const before = await dueSoonJob();
    const after = await dueSoonJob();
    const dying = createBoss();
    await dying.start();
    const firstId = await dying.send(QUEUES.notify.name, before.job, { singletonKey: before.key });
    const secondId = await dying.send(QUEUES.notify.name, after.job, { singletonKey: after.key });
    const taken = await dying.fetch<typeof before.job>(QUEUES.notify.name, { batchSize: 2 });
    expect(taken.map((j) => j.id).sort()).toEqual([firstId, secondId].sort());
    expect(await deliverNotification(after.job, clock.now(), SETTINGS)).toEqual({
      outcome: "sent",
      key: after.key,
    });
    expect((await jobState(secondId!))?.state).toBe("active");

    // A new worker starts. Its maintenance expires the abandoned jobs (expireInSeconds) and retries them.
    await start();
    await until(
      () => jobState(firstId!),
      (s) => s?.state === "completed",
      "the abandoned job to be resumed",
      30_000,
    );
    await until(
      () => jobState(secondId!),
      (s) => s?.state === "completed",
      "the half-done job to be resumed",
      30_000,
    );
    await drained();

    expect(await outboxTo(before.client.email)).toHaveLength(1);
    expect(await outboxTo(after.client.email)).toHaveLength(1);
    expect((await jobState(secondId!))?.output).toMatchObject({ outcome: "duplicate", key: after.key });
    expect((await jobState(firstId!))?.output).toMatchObject({ outcome: "sent", key: before.key });
    await dying.stop({ graceful: false, close: false });
  });

  it("stopping a worker gracefully and starting another one sends nothing twice", async () => {
    const first = await start();
    const { client, job, key } = await dueSoonJob();
    await first.boss.send(QUEUES.notify.name, job, { singletonKey: key });
    await drained();
    await first.stop();
    const second = await start();
    await second.boss.send(QUEUES.notify.name, job, { singletonKey: key });
    await drained();
    expect(await outboxTo(client.email)).toHaveLength(1);
  });
});

describe("the SMTP path", () => {
  it("retries with backoff when the server refuses, releases the claim, and never sends a key twice", async () => {
    const sent: nodemailer.SendMailOptions[] = [];
    let refusals = 0;
    setMailTestHooks({
      smtp: {
        async sendMail(mail) {
          if (refusals++ === 0) throw Object.assign(new Error("421 try again later"), { code: "EENVELOPE" });
          sent.push(mail);
          return { messageId: "test" };
        },
      },
    });
    const worker = await start();
    const { client, job, key } = await dueSoonJob();
    const id = await worker.boss.send(QUEUES.notify.name, job, { singletonKey: key });
    await drained();
    expect(refusals).toBe(2);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(client.email);
    expect(await jobState(id!)).toMatchObject({ state: "completed", retry_count: 1 });
    expect(await db.notificationLog.count({ where: { key } })).toBe(1);
    // Delivered again (a restarted worker replaying it): refused as a duplicate, nothing sent.
    expect(await deliverNotification(job, clock.now(), SETTINGS)).toEqual({ outcome: "duplicate", key });
    expect(sent).toHaveLength(1);
    expect(await outboxTo(client.email)).toHaveLength(0);
  });
});
