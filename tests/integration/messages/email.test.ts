import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverMessageEmail } from "@/lib/messages/notify";
import { markThreadRead } from "@/lib/messages/service";
import { parseQuietHours } from "@/lib/notifications/time";
import { messagesScenario, say } from "./support";

// The new-message email: no content, one per thread until the person has read it, never to someone
// who turned email off, and not in their quiet hours.

const settings = { quiet: parseQuietHours("21:00-08:00"), digestMinute: 18 * 60 };
// 15:00 in Chicago (the test users' zone): outside quiet hours.
const afternoon = new Date("2026-06-10T20:00:00Z");
// 23:00 in Chicago: quiet.
const night = new Date("2026-06-11T04:00:00Z");

describe("new-message email", () => {
  it("says who wrote and links to the thread, never the message; one per thread until read", async () => {
    const s = await messagesScenario();
    await say(s.actors.alex, s.threads.alexPrivate.id, "EMAIL-CANARY words");
    const job = { threadId: s.threads.alexPrivate.id, userId: s.actors.clinician.userId };
    const first = await deliverMessageEmail(job, afternoon, settings);
    expect(first.outcome).toBe("sent");
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: s.actors.clinician.email.toLowerCase() },
    });
    expect(mail.text).not.toContain("EMAIL-CANARY");
    expect(mail.text).toContain(`/inbox/${s.threads.alexPrivate.id}`);
    expect(mail.text).toContain("/settings/notifications");

    await say(s.actors.alex, s.threads.alexPrivate.id, "a second one");
    expect((await deliverMessageEmail(job, afternoon, settings)).outcome).toBe("duplicate");
    // Once read, the thread is quiet: nothing to send; the next message after that may email again.
    await markThreadRead(s.actors.clinician, s.threads.alexPrivate.id, {});
    expect(await deliverMessageEmail(job, afternoon, settings)).toMatchObject({
      outcome: "skipped",
      reason: "read",
    });
    await say(s.actors.alex, s.threads.alexPrivate.id, "a third one", { at: new Date(Date.now() + 1000) });
    expect((await deliverMessageEmail(job, afternoon, settings)).outcome).toBe("sent");
  });

  it("waits out quiet hours and skips people who turned email off or are not in the thread", async () => {
    const s = await messagesScenario();
    await say(s.actors.clinician, s.threads.joint.id, "to both");
    const quiet = await deliverMessageEmail(
      { threadId: s.threads.joint.id, userId: s.actors.alex.userId },
      night,
      settings,
    );
    expect(quiet.outcome).toBe("quiet");
    await db.user.update({ where: { id: s.actors.sam.userId }, data: { emailOptOut: true } });
    expect(
      await deliverMessageEmail(
        { threadId: s.threads.joint.id, userId: s.actors.sam.userId },
        afternoon,
        settings,
      ),
    ).toMatchObject({ outcome: "skipped", reason: "opted-out" });
    await say(s.actors.clinician, s.threads.alexPrivate.id, "just Alex");
    expect(
      await deliverMessageEmail(
        { threadId: s.threads.alexPrivate.id, userId: s.actors.sam.userId },
        afternoon,
        settings,
      ),
    ).toMatchObject({ outcome: "skipped", reason: "not-a-participant" });
    expect(await db.outboxEmail.count({ where: { to: s.actors.sam.email.toLowerCase() } })).toBe(0);
  });
});
