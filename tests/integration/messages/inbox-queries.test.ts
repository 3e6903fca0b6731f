import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db/query-count";
import { listMessages, listThreads, openThread, unreadMessageTotal } from "@/lib/messages/service";
import {
  actorFor,
  createClient,
  createCouple,
  createClinician,
  createPractice,
} from "../../support/factories";
import { say } from "./support";

// The clinician inbox runs a fixed number of statements whatever the size of the caseload (the
// `inbox` bench scenario measures its latency; this pins "no N+1").

async function caseloadWithThreads(clients: number, couples: number) {
  const practice = await createPractice();
  const clinician = actorFor(await createClinician(practice.id, [{ state: "TN" }]));
  for (let i = 0; i < clients; i++) {
    const client = actorFor(await createClient(practice.id, clinician.userId));
    const t = await openThread(client, { kind: "own" });
    await say(client, t.id, `hello ${i}`);
  }
  for (let i = 0; i < couples; i++) {
    const { couple, partners } = await createCouple(practice.id, clinician.userId);
    const joint = await openThread(clinician, { coupleId: couple.id });
    await say(actorFor(partners[0]), joint.id, "joint");
    const own = await openThread(actorFor(partners[1]), { kind: "own" });
    await say(actorFor(partners[1]), own.id, "private");
  }
  return clinician;
}

describe("the clinician inbox", () => {
  it("uses the same number of queries for 10 times the threads", async () => {
    const small = await caseloadWithThreads(1, 1);
    const large = await caseloadWithThreads(10, 10);
    const a = await countQueries(() => listThreads(small));
    const b = await countQueries(() => listThreads(large));
    expect(a.result.threads).toHaveLength(3);
    expect(b.result.threads).toHaveLength(30);
    expect(b.result.unreadTotal).toBe(30);
    expect(b.queries).toBe(a.queries);
    expect(a.queries).toBeLessThanOrEqual(3);

    const c = await countQueries(() => unreadMessageTotal(small));
    const d = await countQueries(() => unreadMessageTotal(large));
    expect(d.queries).toBe(c.queries);
    expect(d.result).toBe(30);
  });

  it("reads a page of messages in a fixed number of queries", async () => {
    const clinician = await caseloadWithThreads(1, 0);
    const [thread] = (await listThreads(clinician)).threads;
    const before = await countQueries(() => listMessages(clinician, thread!.id));
    for (let i = 0; i < 20; i++) await say(clinician, thread!.id, `reply ${i}`);
    const after = await countQueries(() => listMessages(clinician, thread!.id));
    expect(after.result.messages.length).toBe(21);
    expect(after.queries).toBe(before.queries);
  });
});
