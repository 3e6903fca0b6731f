import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { treatmentStanding } from "@/lib/jurisdiction/service";
import { MESSAGE_BURST } from "@/lib/messages/rate-limit";
import { sendMessage } from "@/lib/messages/send";
import { listMessages, listThreads, markThreadRead, setThreadArchived } from "@/lib/messages/service";
import { giveAssignment } from "../../support/worker";
import { key, messagesScenario, say } from "./support";

describe("sending", () => {
  it("a retried send with the same key never makes a second message, even at the same moment", async () => {
    const s = await messagesScenario();
    const k = key();
    const input = { body: "Typed on the train", idempotencyKey: k };
    const first = await sendMessage(s.actors.alex, s.threads.alexPrivate.id, input);
    expect(first.created).toBe(true);
    const again = await sendMessage(s.actors.alex, s.threads.alexPrivate.id, input);
    expect(again).toMatchObject({ created: false, message: { id: first.message.id } });
    const racing = await Promise.all(
      [1, 2, 3].map(() =>
        sendMessage(s.actors.alex, s.threads.alexPrivate.id, { ...input, idempotencyKey: "same-key-race" }),
      ),
    );
    expect(new Set(racing.map((r) => r.message.id)).size).toBe(1);
    expect(racing.filter((r) => r.created)).toHaveLength(1);
    expect(await db.message.count({ where: { threadId: s.threads.alexPrivate.id } })).toBe(2);
    // The same key in another thread is a conflict, not a silent second message.
    await expect(sendMessage(s.actors.alex, s.threads.joint.id, input)).rejects.toMatchObject({
      status: 409,
      details: { reason: "key_reused" },
    });
    // Another person's key is their own: the same string makes their own message.
    const samsOwn = await sendMessage(s.actors.sam, s.threads.joint.id, input);
    expect(samsOwn.created).toBe(true);
  });

  it("limits how many messages one person sends (429 with a wait), retries excepted", async () => {
    const s = await messagesScenario();
    const keys: string[] = [];
    for (let i = 0; i < MESSAGE_BURST.points; i++) {
      keys.push(key());
      await sendMessage(s.actors.client, s.threads.individual.id, {
        body: `m${i}`,
        idempotencyKey: keys[i]!,
      });
    }
    const refused = sendMessage(s.actors.client, s.threads.individual.id, {
      body: "one more",
      idempotencyKey: key(),
    });
    await expect(refused).rejects.toMatchObject({ status: 429 });
    await refused.catch((e: { retryAfterSeconds?: number }) =>
      expect(e.retryAfterSeconds).toBeGreaterThan(0),
    );
    // A retry of one already sent still answers (it is not a new message).
    const retry = await sendMessage(s.actors.client, s.threads.individual.id, {
      body: "m0",
      idempotencyKey: keys[0]!,
    });
    expect(retry.created).toBe(false);
    // The limit is per person: the clinician can still answer.
    expect((await say(s.actors.clinician, s.threads.individual.id, "I'm here")).created).toBe(true);
  });

  it("a clinician writes only where their licences cover the clients now (422), clients always", async () => {
    const s = await messagesScenario();
    // Sam moves to a state the clinician holds no licence in.
    await db.clientLocation.create({
      data: { clientId: s.actors.sam.userId, state: "GA", source: "SELF_ATTESTED" },
    });
    await expect(say(s.actors.clinician, s.threads.joint.id, "hello both")).rejects.toMatchObject({
      status: 422,
      details: { reason: "jurisdiction" },
    });
    await expect(say(s.actors.clinician, s.threads.samPrivate.id, "hello Sam")).rejects.toMatchObject({
      status: 422,
    });
    // Alex is still in TN: the private thread with Alex is fine, and Sam can still write.
    expect((await say(s.actors.clinician, s.threads.alexPrivate.id, "hello Alex")).created).toBe(true);
    expect((await say(s.actors.sam, s.threads.samPrivate.id, "I moved")).created).toBe(true);
    // The thread page says so before anyone types (the words the 422 carries).
    const standing = await treatmentStanding(
      s.actors.clinician,
      { clientIds: [s.actors.sam.userId] },
      "message",
    );
    expect(standing.allowed).toBe(false);
    expect(standing.reasons.join(" ")).toMatch(/^You can't write to .+ now: .*Georgia/);
    const checks = await db.authorizationCheck.findMany({ where: { clientId: s.actors.sam.userId } });
    expect(checks.some((c) => !c.allowed && c.reason.startsWith("message:"))).toBe(true);
  });

  it("a reply refers to an assignment of the thread's clients, never anyone else's", async () => {
    const s = await messagesScenario();
    const a = await giveAssignment({
      practiceId: s.practice.id,
      clinicianId: s.actors.clinician.userId,
      clientIds: [s.actors.alex.userId, s.actors.sam.userId],
      coupleId: s.couple.id,
      dueAt: new Date(),
      exercise: "slowing-down",
      perspectives: { [s.actors.alex.userId]: "was-hurt", [s.actors.sam.userId]: "caused-harm" },
    });
    const sent = await sendMessage(s.actors.alex, s.threads.alexPrivate.id, {
      body: "About this one",
      idempotencyKey: key(),
      assignmentId: a.id,
    });
    expect(sent.message.reference).toMatchObject({ assignmentId: a.id, commentId: null });
    expect(sent.message.reference!.title.length).toBeGreaterThan(0);
    await expect(
      sendMessage(s.actors.client, s.threads.individual.id, {
        body: "x",
        idempotencyKey: key(),
        assignmentId: a.id,
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("reading", () => {
  it("pages back through a thread with a cursor, newest page first, each page oldest first", async () => {
    const s = await messagesScenario();
    const base = Date.now() - 60_000;
    for (let i = 0; i < 7; i++)
      await say(s.actors.client, s.threads.individual.id, `m${i}`, { at: new Date(base + i * 1000) });
    const first = await listMessages(s.actors.client, s.threads.individual.id, { limit: 3 });
    expect(first.messages.map((m) => m.body)).toEqual(["m4", "m5", "m6"]);
    const second = await listMessages(s.actors.client, s.threads.individual.id, {
      limit: 3,
      cursor: first.nextCursor!,
    });
    expect(second.messages.map((m) => m.body)).toEqual(["m1", "m2", "m3"]);
    const last = await listMessages(s.actors.client, s.threads.individual.id, {
      limit: 3,
      cursor: second.nextCursor!,
    });
    expect(last.messages.map((m) => m.body)).toEqual(["m0"]);
    expect(last.nextCursor).toBeNull();
    await expect(
      listMessages(s.actors.client, s.threads.individual.id, { cursor: "not-a-cursor" }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("every read is audited, once per client of the thread, with no message text", async () => {
    const s = await messagesScenario();
    await say(s.actors.alex, s.threads.joint.id, "AUDIT-CANARY");
    const meta = { requestId: "req-msg-read", ip: "198.51.100.7", userAgent: "t" };
    await listMessages(s.actors.clinician, s.threads.joint.id, {}, meta);
    await listMessages(s.actors.sam, s.threads.joint.id, {}, { ...meta, requestId: "req-msg-read-sam" });
    const clinicianEvents = await db.auditEvent.findMany({ where: { requestId: "req-msg-read" } });
    expect(clinicianEvents.map((e) => e.clientId).sort()).toEqual(
      [s.actors.alex.userId, s.actors.sam.userId].sort(),
    );
    expect(
      clinicianEvents.every((e) => e.action === "thread.viewed" && e.subjectId === s.threads.joint.id),
    ).toBe(true);
    expect(
      await db.auditEvent.count({ where: { requestId: "req-msg-read-sam", action: "thread.viewed" } }),
    ).toBe(2);
    const all = await db.auditEvent.findMany({ where: { practiceId: s.practice.id } });
    expect(JSON.stringify(all.map((e) => e.metadata))).not.toContain("AUDIT-CANARY");
    await listThreads(s.actors.clinician, {}, { requestId: "req-inbox" });
    expect(await db.auditEvent.count({ where: { requestId: "req-inbox", action: "threads.viewed" } })).toBe(
      1,
    );
  });

  it("unread counts go down when read, up when marked unread; archive hides until a new message", async () => {
    const s = await messagesScenario();
    await say(s.actors.alex, s.threads.alexPrivate.id, "one");
    await say(s.actors.alex, s.threads.alexPrivate.id, "two");
    expect((await listThreads(s.actors.clinician)).unreadTotal).toBe(2);
    expect(await markThreadRead(s.actors.clinician, s.threads.alexPrivate.id, {})).toMatchObject({
      unread: 0,
    });
    expect((await listThreads(s.actors.clinician)).unreadTotal).toBe(0);
    expect(
      await markThreadRead(s.actors.clinician, s.threads.alexPrivate.id, { unread: true }),
    ).toMatchObject({ unread: 1 });
    // Writing marks it read for the writer; the other side sees it unread.
    await say(s.actors.clinician, s.threads.alexPrivate.id, "answer");
    expect((await listThreads(s.actors.clinician)).unreadTotal).toBe(0);
    expect((await listThreads(s.actors.alex)).unreadTotal).toBe(1);

    await setThreadArchived(s.actors.clinician, s.threads.alexPrivate.id, true);
    expect((await listThreads(s.actors.clinician)).threads.map((t) => t.id)).not.toContain(
      s.threads.alexPrivate.id,
    );
    expect((await listThreads(s.actors.clinician, { archived: "true" })).threads.map((t) => t.id)).toEqual([
      s.threads.alexPrivate.id,
    ]);
    await say(s.actors.alex, s.threads.alexPrivate.id, "back again", { at: new Date(Date.now() + 1000) });
    expect((await listThreads(s.actors.clinician)).threads[0]!.id).toBe(s.threads.alexPrivate.id);
    await expect(setThreadArchived(s.actors.alex, s.threads.alexPrivate.id, true)).rejects.toMatchObject({
      status: 403,
    });
  });
});
