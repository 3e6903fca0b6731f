import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateAssignment } from "@/lib/assignments/service";
import { db } from "@/lib/db";
import { setMailTestHooks } from "@/lib/mail";
import { recordClientNews } from "@/lib/notifications/client-news";
import { CLIENT_NEWS_KINDS, type ClientNewsKind } from "@/lib/notifications/client-news-kinds";
import { updateMyEmailKinds } from "@/lib/notifications/kind-preferences";
import { deliverNotification } from "@/lib/notifications/service";
import { createComment, reviewAssignment } from "@/lib/review/service";
import type { RunningWorker } from "@/lib/jobs/worker";
import {
  assignmentScenario,
  assignCheckIn,
  assignSlowingDown,
  inAWeek,
  WAS_HURT,
} from "../assignments/support";
import { send } from "../review/support";
import { actorFor, createClient, createPractice, createUser } from "../../support/factories";
import { SETTINGS, giveAssignment, outboxTo, scan, startTestWorker, testClock } from "../../support/worker";
import { daytimeZone, deliverClientNewsNow } from "./client-news-support";

// A client hears about new work, feedback and revision requests: one email per person and kind for
// everything waiting (batched by a delayed job with one singleton key per person and kind), through
// the queue, after quiet hours, never when turned off, and never with a title, an answer or a note.

const clock = testClock(new Date("2031-05-01T12:00:00Z"));
let worker: RunningWorker;

beforeAll(async () => {
  worker = await startTestWorker(clock.now);
});

afterAll(async () => {
  setMailTestHooks({});
  await worker.stop();
});

const CHECK_IN_TITLE = async () =>
  (
    await db.exerciseVersion.findFirstOrThrow({
      where: { exercise: { slug: "weekly-trust-check-in" } },
      select: { title: true },
    })
  ).title;

function expectNothingClinical(
  email: { subject: string; text: string; html: string | null },
  words: string[],
) {
  const all = `${email.subject}\n${email.text}\n${email.html ?? ""}`;
  for (const w of words) expect(all).not.toContain(w);
  expect(email.text).toContain("/account/notifications");
  expect(email.html).toContain("/account/notifications");
}

describe("new work", () => {
  it("waits until the clinician has finished giving work, then sends one email for all of it", async () => {
    const s = await assignmentScenario();
    const start = new Date();
    await db.user.update({ where: { id: s.client.id }, data: { timeZone: daytimeZone(start) } });
    const note = "Please think about last Tuesday.";
    const first = await assignCheckIn(s, { note });
    clock.set(new Date(start.getTime() + 60_000));
    await scan(worker); // a minute later: still settling
    expect(await outboxTo(s.client.email)).toHaveLength(0);
    await assignCheckIn(s, { allowDuplicate: true });
    clock.set(new Date(Date.now() + 60_000));
    await scan(worker); // the first is older, but a second just came: settling again
    expect(await outboxTo(s.client.email)).toHaveLength(0);

    clock.set(new Date(Date.now() + 5 * 60_000));
    await scan(worker);
    const sent = await outboxTo(s.client.email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe(`${s.clinician.name} gave you 2 new reflections in Mend`);
    expect(sent[0]!.text).toContain("http://localhost:3000/home");
    expectNothingClinical(sent[0]!, [await CHECK_IN_TITLE(), note, "weekly-trust-check-in"]);
    expect(await db.clientNotice.count({ where: { userId: s.client.id, doneAt: null } })).toBe(0);
    await scan(worker);
    expect(await outboxTo(s.client.email)).toHaveLength(1);

    // Run again: nothing waiting, nothing sent. New work later is a new email, linking to it.
    expect(await deliverClientNewsNow(s.client.id, "assigned")).toMatchObject({ outcome: "skipped" });
    const third = await assignCheckIn(s, { allowDuplicate: true });
    await deliverClientNewsNow(s.client.id, "assigned");
    const after = await outboxTo(s.client.email);
    expect(after).toHaveLength(2);
    expect(after[1]!.subject).toBe(`${s.clinician.name} gave you a new reflection in Mend`);
    expect(after[1]!.text).toContain(`/assignments/${third.id}`);
    expect(first.id).not.toBe(third.id);
  });

  it("tells each partner of a couple, and says nothing of work withdrawn before the email went out", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await updateAssignment(s.actors.clinician, a.id, { withdraw: true });
    for (const p of s.partners) {
      expect(await deliverClientNewsNow(p.id, "assigned")).toMatchObject({
        outcome: "skipped",
        reason: "gone",
      });
      expect(await outboxTo(p.email)).toHaveLength(0);
    }
    await assignSlowingDown(s);
    for (const p of s.partners) await deliverClientNewsNow(p.id, "assigned");
    for (const p of s.partners) {
      const mail = await outboxTo(p.email);
      expect(mail).toHaveLength(1);
      expectNothingClinical(mail[0]!, ["Slowing down", "Take your time with this one."]);
    }
  });

  it("a retry after a crash sends the same batch once", async () => {
    const s = await assignmentScenario();
    await assignCheckIn(s);
    setMailTestHooks({
      afterClaim: () => {
        throw new Error("worker killed");
      },
    });
    await expect(deliverClientNewsNow(s.client.id, "assigned")).rejects.toThrow("worker killed");
    setMailTestHooks({});
    await assignCheckIn(s, { allowDuplicate: true }); // arrives between the crash and the retry: the next email's
    await deliverClientNewsNow(s.client.id, "assigned");
    await deliverClientNewsNow(s.client.id, "assigned");
    const sent = await outboxTo(s.client.email);
    expect(sent.map((m) => m.subject)).toEqual([
      `${s.clinician.name} gave you a new reflection in Mend`,
      `${s.clinician.name} gave you a new reflection in Mend`,
    ]);
  });
});

describe("feedback and revision requests", () => {
  it("feedback and a request for another look each become an email; a private note never does", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    await send(s.actors.alex, a.id, WAS_HURT);
    const [alex, sam] = s.partners;
    await createComment(s.actors.clinician, a.id, { kind: "PRIVATE_NOTE", body: "Watch for shutdown." });
    expect(await db.clientNotice.count({ where: { userId: alex.id, kind: "feedback" } })).toBe(0);

    const alexCopy = (await db.assignmentRecipient.findFirstOrThrow({
      where: { assignmentId: a.id, clientId: alex.id },
      select: { id: true },
    }))!.id;
    await createComment(s.actors.clinician, a.id, {
      kind: "FEEDBACK",
      recipientId: alexCopy,
      body: "You named the grief so clearly.",
    });
    await reviewAssignment(s.actors.clinician, a.id, {
      action: "revision",
      recipientId: alexCopy,
      note: "Could you say more about safety?",
    });
    // Not sent inline any more: waiting for the queue.
    expect(await outboxTo(alex.email)).toHaveLength(0);
    expect(await db.clientNotice.count({ where: { userId: alex.id, kind: "revision", doneAt: null } })).toBe(
      1,
    );

    await deliverClientNewsNow(alex.id, "feedback");
    await deliverClientNewsNow(alex.id, "revision");
    await deliverClientNewsNow(sam.id, "feedback");
    const mail = await outboxTo(alex.email);
    expect(mail.map((m) => m.subject)).toEqual([
      `${s.clinician.name} left you feedback in Mend`,
      `${s.clinician.name} asked you to take another look`,
    ]);
    for (const m of mail)
      expectNothingClinical(m, ["grief", "safety", "Slowing down", "shutdown", "I need you to tell me"]);
    expect(mail[1]!.text).toContain(`/assignments/${a.id}`);
    // The feedback was for Alex's copy only.
    expect(await outboxTo(sam.email)).toHaveLength(0);
  });
});

describe("opt-out", () => {
  it("each kind can be turned off on its own; 'no emails' turns off all three", async () => {
    const practice = await createPractice();
    const clinician = await createUser(practice.id, "CLINICIAN");
    const client = await createClient(practice.id, clinician.id);
    const a = await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id],
      dueAt: inAWeek(),
    });
    const notice = (kind: ClientNewsKind) =>
      db.$transaction((tx) =>
        recordClientNews(tx, [{ userId: client.id, kind, assignmentId: a.id, actorId: clinician.id }]),
      );
    const me = actorFor(client);

    for (const off of CLIENT_NEWS_KINDS) {
      await updateMyEmailKinds(
        me,
        { assigned: off !== "assigned", feedback: off !== "feedback", revision: off !== "revision" },
        {},
      );
      const before = (await outboxTo(client.email)).length;
      for (const kind of CLIENT_NEWS_KINDS) await notice(kind);
      const outcomes = [];
      for (const kind of CLIENT_NEWS_KINDS)
        outcomes.push([kind, (await deliverClientNewsNow(client.id, kind)).outcome]);
      expect(Object.fromEntries(outcomes)).toEqual(
        Object.fromEntries(CLIENT_NEWS_KINDS.map((k) => [k, k === off ? "skipped" : "sent"])),
      );
      expect((await outboxTo(client.email)).length).toBe(before + 2);
      // The turned-off notice is done, not waiting for later.
      expect(await db.clientNotice.count({ where: { userId: client.id, doneAt: null } })).toBe(0);
    }
    const audits = await db.auditEvent.count({
      where: { action: "notifications.preferences_changed", subjectId: client.id },
    });
    expect(audits).toBe(3);

    await updateMyEmailKinds(me, { assigned: true, feedback: true, revision: true }, {});
    await db.user.update({ where: { id: client.id }, data: { emailOptOut: true } });
    const before = (await outboxTo(client.email)).length;
    for (const kind of CLIENT_NEWS_KINDS) {
      await notice(kind);
      expect(await deliverClientNewsNow(client.id, kind)).toEqual({
        outcome: "skipped",
        reason: "opted-out",
      });
    }
    expect(await outboxTo(client.email)).toHaveLength(before);
  });
});

describe("quiet hours", () => {
  it("each kind waits out the client's quiet hours and is sent by the scan once they end", async () => {
    const practice = await createPractice();
    const clinician = await createUser(practice.id, "CLINICIAN");
    const client = await createClient(practice.id, clinician.id);
    await db.user.update({ where: { id: client.id }, data: { timeZone: "America/New_York" } });
    const a = await giveAssignment({
      practiceId: practice.id,
      clinicianId: clinician.id,
      clientIds: [client.id],
      dueAt: "2031-05-20T12:00:00Z",
    });
    // 21:50 in New York: inside quiet hours (21:00-08:00). Written without the queue (as if it had
    // been unreachable): the scan is what catches up.
    const at = new Date("2031-05-02T01:50:00Z");
    await db.$transaction((tx) =>
      recordClientNews(
        tx,
        CLIENT_NEWS_KINDS.map((kind) => ({
          userId: client.id,
          kind,
          assignmentId: a.id,
          actorId: clinician.id,
        })),
        at,
      ),
    );
    clock.set("2031-05-02T02:00:00Z"); // 22:00: quiet
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(0);
    // The delayed job itself, should it run now: holds the notices.
    for (const kind of CLIENT_NEWS_KINDS) {
      const held = await deliverNotification(
        { kind: "client-news", userId: client.id, notice: kind },
        clock.now(),
        SETTINGS,
      );
      expect(held.outcome).toBe("quiet");
    }
    clock.set("2031-05-02T11:55:00Z"); // 07:55: still quiet
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(0);

    clock.set("2031-05-02T12:01:00Z"); // 08:01
    await scan(worker);
    const sent = await outboxTo(client.email);
    expect(sent).toHaveLength(3);
    await scan(worker);
    expect(await outboxTo(client.email)).toHaveLength(3);
  });
});
