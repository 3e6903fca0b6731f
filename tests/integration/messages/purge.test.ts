import { describe, expect, it } from "vitest";
import { accountsDueForPurge, purgeExpiredAccounts } from "@/lib/data-rights/purge";
import { db } from "@/lib/db";
import { listMessages } from "@/lib/messages/service";
import { messagesScenario, say } from "./support";

// The retention purge takes a closed client's messages: their own (private) thread entirely, and
// their words in the couple's joint thread; the partner's and the clinician's joint messages stay.

describe("messages in the retention purge", () => {
  it("removes the purged partner's private thread and joint messages, keeps the rest", async () => {
    const s = await messagesScenario();
    await say(s.actors.alex, s.threads.alexPrivate.id, "ALEX-PRIVATE");
    await say(s.actors.clinician, s.threads.alexPrivate.id, "TO-ALEX");
    await say(s.actors.alex, s.threads.joint.id, "ALEX-JOINT");
    await say(s.actors.sam, s.threads.joint.id, "SAM-JOINT");
    await say(s.actors.sam, s.threads.samPrivate.id, "SAM-PRIVATE");
    const longAgo = new Date(Date.now() - 20 * 365 * 86_400_000);
    await db.clientProfile.update({
      where: { userId: s.actors.alex.userId },
      data: { closedAt: longAgo, lastServiceAt: longAgo },
    });
    const now = new Date();
    expect(await accountsDueForPurge(now)).toContain(s.actors.alex.userId);
    await purgeExpiredAccounts(now);

    expect(await db.messageThread.count({ where: { id: s.threads.alexPrivate.id } })).toBe(0);
    expect(await db.message.count({ where: { authorId: s.actors.alex.userId } })).toBe(0);
    const joint = await listMessages(s.actors.sam, s.threads.joint.id);
    expect(joint.messages.map((m) => m.body)).toEqual(["SAM-JOINT"]);
    const samOwn = await listMessages(s.actors.sam, s.threads.samPrivate.id);
    expect(samOwn.messages.map((m) => m.body)).toEqual(["SAM-PRIVATE"]);
    const record = await db.auditEvent.findFirstOrThrow({
      where: { action: "client.purged", clientId: s.actors.alex.userId },
    });
    expect(record.metadata).toMatchObject({ messages: 3 });
  });
});
