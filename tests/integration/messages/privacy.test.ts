import { describe, expect, it } from "vitest";
import { exportMyData } from "@/lib/data-rights/export";
import { db } from "@/lib/db";
import { listMessages, listThreads, markThreadRead, openThread } from "@/lib/messages/service";
import { actorFor, createClient } from "../../support/factories";
import { messagesScenario, say } from "./support";

// Who reaches which thread: the privacy matrix. A partner never reaches the other's private thread
// (list, read, send, mark read, export); another practice and a colleague reach nothing; an admin is
// refused; a closed account reaches nothing and nobody can write to it any more.

const SECRET = "PRIVATE-TO-ALEX-ONLY";

describe("the privacy matrix", () => {
  it("each partner reaches their own private thread and the joint one, never the other's", async () => {
    const s = await messagesScenario();
    await say(s.actors.alex, s.threads.alexPrivate.id, SECRET);
    await say(s.actors.sam, s.threads.joint.id, "joint hello");

    const alexSees = await listThreads(s.actors.alex);
    expect(alexSees.threads.map((t) => t.id).sort()).toEqual(
      [s.threads.alexPrivate.id, s.threads.joint.id].sort(),
    );
    const samSees = await listThreads(s.actors.sam);
    expect(samSees.threads.map((t) => t.id).sort()).toEqual(
      [s.threads.samPrivate.id, s.threads.joint.id].sort(),
    );
    expect(JSON.stringify(samSees)).not.toContain(SECRET);

    // Sam: the private thread of Alex is not found, for every action.
    const denied = { status: 404 };
    await expect(listMessages(s.actors.sam, s.threads.alexPrivate.id)).rejects.toMatchObject(denied);
    await expect(say(s.actors.sam, s.threads.alexPrivate.id, "hi")).rejects.toMatchObject(denied);
    await expect(markThreadRead(s.actors.sam, s.threads.alexPrivate.id, {})).rejects.toMatchObject(denied);

    // Sam's joint thread shows only joint messages.
    const joint = await listMessages(s.actors.sam, s.threads.joint.id);
    expect(joint.messages.map((m) => m.body)).toEqual(["joint hello"]);

    // Sam's export has the joint thread and Sam's own, never Alex's private words.
    const samExport = await exportMyData(s.actors.sam, {}, "json");
    expect(samExport.messageThreads.map((t) => t.kind).sort()).toEqual(["JOINT", "PRIVATE"]);
    expect(JSON.stringify(samExport)).not.toContain(SECRET);
    const alexExport = await exportMyData(s.actors.alex, {}, "json");
    expect(JSON.stringify(alexExport.messageThreads)).toContain(SECRET);
  });

  it("the clinician reaches all three of the couple's threads and the individual client's", async () => {
    const s = await messagesScenario();
    await say(s.actors.alex, s.threads.alexPrivate.id, SECRET);
    const inbox = await listThreads(s.actors.clinician);
    expect(inbox.threads.map((t) => t.id).sort()).toEqual(
      Object.values(s.threads)
        .map((t) => t.id)
        .sort(),
    );
    expect(inbox.unreadTotal).toBe(1);
    const page = await listMessages(s.actors.clinician, s.threads.alexPrivate.id);
    expect(page.messages[0]!.body).toBe(SECRET);

    // Filter by client (their own thread and their couple's) and by couple (all three).
    const byAlex = await listThreads(s.actors.clinician, { clientId: s.actors.alex.userId });
    expect(byAlex.threads.map((t) => t.id).sort()).toEqual(
      [s.threads.alexPrivate.id, s.threads.joint.id].sort(),
    );
    const byCouple = await listThreads(s.actors.clinician, { coupleId: s.couple.id });
    expect(byCouple.threads).toHaveLength(3);
  });

  it("another practice, a colleague and an admin reach nothing", async () => {
    const s = await messagesScenario();
    await say(s.actors.alex, s.threads.alexPrivate.id, SECRET);
    for (const outsider of [s.actors.stranger, s.actors.colleague, s.actors.strangerClient]) {
      expect((await listThreads(outsider)).threads).toEqual([]);
      for (const t of Object.values(s.threads)) {
        await expect(listMessages(outsider, t.id)).rejects.toMatchObject({ status: 404 });
        await expect(say(outsider, t.id, "hi")).rejects.toMatchObject({ status: 404 });
      }
    }
    await expect(openThread(s.actors.stranger, { coupleId: s.couple.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(openThread(s.actors.colleague, { clientId: s.actors.client.userId })).rejects.toMatchObject({
      status: 404,
    });
    await expect(listThreads(s.actors.admin)).rejects.toMatchObject({ status: 403 });
    await expect(listMessages(s.actors.admin, s.threads.joint.id)).rejects.toMatchObject({ status: 403 });
    // Nothing about the refused reads reached the audit trail as a read.
    expect(
      await db.auditEvent.count({
        where: {
          action: "thread.viewed",
          actorId: { in: [s.actors.stranger.userId, s.actors.colleague.userId] },
        },
      }),
    ).toBe(0);
  });

  it("a closed (discharged) client reaches nothing, and nobody can write to them any more", async () => {
    const s = await messagesScenario();
    await say(s.actors.client, s.threads.individual.id, "before closing");
    await db.clientProfile.update({
      where: { userId: s.actors.client.userId },
      data: { closedAt: new Date() },
    });
    expect((await listThreads(s.actors.client)).threads).toEqual([]);
    await expect(listMessages(s.actors.client, s.threads.individual.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(say(s.actors.client, s.threads.individual.id, "hi")).rejects.toMatchObject({ status: 404 });
    // The clinician keeps the record but cannot write into a closed account's thread.
    const kept = await listMessages(s.actors.clinician, s.threads.individual.id);
    expect(kept.messages.map((m) => m.body)).toEqual(["before closing"]);
    await expect(say(s.actors.clinician, s.threads.individual.id, "hello?")).rejects.toMatchObject({
      status: 409,
      details: { reason: "closed" },
    });
  });

  it("a client moved to another clinician takes their thread along", async () => {
    const s = await messagesScenario();
    await db.clientProfile.update({
      where: { userId: s.actors.client.userId },
      data: { clinicianId: s.actors.colleague.userId },
    });
    await expect(listMessages(s.actors.clinician, s.threads.individual.id)).rejects.toMatchObject({
      status: 404,
    });
    const page = await listMessages(s.actors.colleague, s.threads.individual.id);
    expect(page.thread.id).toBe(s.threads.individual.id);
    // A new client of the colleague is not the first clinician's either.
    const newcomer = await createClient(s.practice.id, s.actors.colleague.userId);
    await expect(openThread(s.actors.clinician, { clientId: newcomer.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(openThread(actorFor(newcomer), { kind: "joint" })).rejects.toMatchObject({ status: 404 });
  });
});
