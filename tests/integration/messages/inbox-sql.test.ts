import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { threadScope } from "@/lib/messages/scope";
import { listThreads, markThreadRead, setThreadArchived, unreadMessageTotal } from "@/lib/messages/service";
import { messagesScenario, say } from "./support";

// The inbox list and the unread total are hand-written statements (lib/messages/inbox.ts) scoped by
// threadScopeSql, the SQL twin of threadScope. These pin what they return, and that the SQL scope
// reaches exactly the threads the Prisma scope does.

// Seconds after the scenario was made (the clinician's licence check needs the clients' locations,
// attested when they were created, at the message's time).
let start = 0;
const at = (seconds: number) => new Date(start + seconds * 1000);

describe("the inbox statement", () => {
  it("lists a clinician's threads newest first, with titles, people and unread counts", async () => {
    const { couple, actors, threads } = await messagesScenario();
    start = Date.now();
    // Oldest to newest: the client's own thread, Alex's private one, then the joint one; Sam's
    // private thread has no message yet (last).
    await say(actors.client, threads.individual.id, "one", { at: at(1) });
    await say(actors.client, threads.individual.id, "two", { at: at(2) });
    await say(actors.alex, threads.alexPrivate.id, "private", { at: at(3) });
    await say(actors.alex, threads.joint.id, "joint 1", { at: at(4) });
    // Replying marks the joint thread read for the clinician: only Sam's later message is unread.
    await say(actors.clinician, threads.joint.id, "my reply", { at: at(5) });
    await say(actors.sam, threads.joint.id, "joint 2", { at: at(6) });

    const { threads: list, unreadTotal } = await listThreads(actors.clinician);
    const [alex, sam] = [...[actors.alex, actors.sam]].sort((a, b) => a.name.localeCompare(b.name));
    expect(list.map((t) => [t.id, t.title, t.unread, t.lastMessageAt, t.archived])).toEqual([
      [threads.joint.id, `${couple.name} (together)`, 1, at(6).toISOString(), false],
      [threads.alexPrivate.id, `${actors.alex.name} (private)`, 1, at(3).toISOString(), false],
      [threads.individual.id, actors.client.name, 2, at(2).toISOString(), false],
      [threads.samPrivate.id, `${actors.sam.name} (private)`, 0, null, false],
    ]);
    expect(list[0]).toMatchObject({
      kind: "JOINT",
      clientId: null,
      coupleId: couple.id,
      participants: [
        { userId: actors.clinician.userId, name: actors.clinician.name, role: "CLINICIAN" },
        { userId: alex!.userId, name: alex!.name, role: "CLIENT" },
        { userId: sam!.userId, name: sam!.name, role: "CLIENT" },
      ],
    });
    expect(list[2]).toMatchObject({
      kind: "INDIVIDUAL",
      clientId: actors.client.userId,
      coupleId: null,
      participants: [
        { userId: actors.clinician.userId, role: "CLINICIAN" },
        { userId: actors.client.userId, role: "CLIENT" },
      ],
    });
    expect(unreadTotal).toBe(4);
    expect(await unreadMessageTotal(actors.clinician)).toBe(4);

    // Filtered to Alex: their private thread and the couple's joint one.
    const forAlex = await listThreads(actors.clinician, { clientId: actors.alex.userId });
    expect(forAlex.threads.map((t) => t.id)).toEqual([threads.joint.id, threads.alexPrivate.id]);
    const forCouple = await listThreads(actors.clinician, { coupleId: couple.id });
    expect(forCouple.threads.map((t) => t.id)).toEqual([
      threads.joint.id,
      threads.alexPrivate.id,
      threads.samPrivate.id,
    ]);

    // Read and archived: out of the inbox, into the archive; the unread total follows the reads.
    await markThreadRead(actors.clinician, threads.individual.id, {}, at(10));
    await setThreadArchived(actors.clinician, threads.individual.id, true, at(10));
    const inbox = await listThreads(actors.clinician, { archived: "false" });
    expect(inbox.threads.map((t) => t.id)).not.toContain(threads.individual.id);
    expect(inbox.unreadTotal).toBe(2);
    const archive = await listThreads(actors.clinician, { archived: "true" });
    expect(archive.threads.map((t) => [t.id, t.archived, t.unread])).toEqual([
      [threads.individual.id, true, 0],
    ]);
    expect(await unreadMessageTotal(actors.clinician)).toBe(2);

    // Clients: their own thread and the joint one, titled from their side, never the partner's.
    const alexList = await listThreads(actors.alex);
    expect(alexList.threads.map((t) => [t.id, t.title, t.unread])).toEqual([
      [threads.joint.id, `Together with ${actors.clinician.name.split(" ")[0]}`, 2],
      [threads.alexPrivate.id, `Just you and ${actors.clinician.name.split(" ")[0]}`, 0],
    ]);
    expect(await unreadMessageTotal(actors.alex)).toBe(2);
  });

  it("reaches exactly the threads threadScope does, and never another clinician's", async () => {
    const { actors, threads } = await messagesScenario();
    const other = await messagesScenario();
    await say(other.actors.client, other.threads.individual.id, "theirs");
    await say(other.actors.alex, other.threads.joint.id, "theirs too");
    await say(actors.client, threads.individual.id, "mine");

    for (const actor of [actors.clinician, actors.client, actors.alex, other.actors.clinician]) {
      const prisma = await db.messageThread.findMany({ where: threadScope(actor), select: { id: true } });
      const sql = (await listThreads(actor)).threads.map((t) => t.id);
      expect(new Set(sql)).toEqual(new Set(prisma.map((t) => t.id)));
    }

    // A colleague in the same practice and a clinician of another practice see none of them, even
    // when they name the client in the filter; unread messages elsewhere never count.
    const mine = new Set(Object.values(threads).map((t) => t.id));
    for (const actor of [actors.colleague, actors.stranger, other.actors.clinician]) {
      const all = await listThreads(actor);
      expect(all.threads.filter((t) => mine.has(t.id))).toEqual([]);
      const named = await listThreads(actor, { clientId: actors.client.userId });
      expect(named.threads).toEqual([]);
      expect(named.unreadTotal).toBe(0);
    }
    expect(await unreadMessageTotal(actors.colleague)).toBe(0);
    expect(await unreadMessageTotal(actors.stranger)).toBe(0);
    expect(await unreadMessageTotal(other.actors.clinician)).toBe(2);
    expect(await unreadMessageTotal(actors.clinician)).toBe(1);
    // Sam never reaches Alex's private thread.
    expect((await listThreads(actors.sam)).threads.map((t) => t.id)).not.toContain(threads.alexPrivate.id);
  });
});
