import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countQueries } from "@/lib/db/query-count";
import { saveDraft, submitResponse } from "@/lib/responses/save";
import { getClientResponse } from "@/lib/responses/service";
import { assignmentScenario, assignSlowingDown, WAS_HURT } from "../assignments/support";

// The autosave runs every few seconds for every client writing: its statement count is part of its
// cost (see BENCHMARKS.md). Pinned here so it cannot creep up unnoticed; the count must not depend
// on how much the client has written before.

const draft = (n: number) => ({ ...WAS_HURT, "feelings-in-words": { value: `Draft ${n}`, shared: false } });

describe("statements per write", () => {
  it("a draft save and a submission run a fixed number of statements, however many revisions exist", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    // The first save of an assigned copy starts it, in the same single statement as the write.
    expect(await saveDraft(s.actors.alex, a.id, { version: 0, answers: draft(0) })).toMatchObject({
      version: 1,
      state: "IN_PROGRESS",
    });
    expect(
      await db.assignmentRecipient.findFirstOrThrow({
        where: { assignmentId: a.id, clientId: s.actors.alex.userId },
        select: { state: true },
      }),
    ).toEqual({ state: "IN_PROGRESS" });

    const save = await countQueries(() => saveDraft(s.actors.alex, a.id, { version: 1, answers: draft(1) }));
    const submit = await countQueries(() =>
      submitResponse(s.actors.alex, a.id, { version: 2, answers: draft(2) }),
    );
    for (let i = 3; i < 8; i += 1) {
      const { version } = await getClientResponse(s.actors.alex, a.id);
      await submitResponse(s.actors.alex, a.id, { version, answers: draft(i) });
    }
    const { version } = await getClientResponse(s.actors.alex, a.id);
    const laterSave = await countQueries(() =>
      saveDraft(s.actors.alex, a.id, { version, answers: draft(99) }),
    );
    // With Prisma's relationJoins every nested read (the copy with its assignment, recipients and
    // names) is one statement: 2 for a save (the copy, then the locked write with its state check,
    // lib/responses/locks.ts), 10 for a couple's submission (a save was 5 in a transaction: the lock,
    // the state read and the update; 12 and 16 before relationJoins; the tenth, after the commit, asks
    // whether the partner has sent theirs, so the confirmation says what is true now).
    expect({ save: save.queries, submit: submit.queries, laterSave: laterSave.queries }).toEqual({
      save: 2,
      submit: 10,
      laterSave: 2,
    });
    expect(laterSave.queries).toBe(save.queries);
    expect(
      await db.responseRevision.count({
        where: { response: { recipient: { assignmentId: a.id, clientId: s.actors.alex.userId } } },
      }),
    ).toBe(6);
  });

  it("a copy without a Response row gets one on its first save, and a repeated save answers with the stored time", async () => {
    const s = await assignmentScenario();
    const a = await assignSlowingDown(s);
    const where = { recipient: { assignmentId: a.id, clientId: s.actors.alex.userId } };
    await db.response.deleteMany({ where });
    const first = await saveDraft(s.actors.alex, a.id, { version: 0, answers: draft(1) });
    expect(first).toMatchObject({ version: 1, state: "IN_PROGRESS" });
    expect(await db.response.count({ where })).toBe(1);
    // The same answers again (a retry whose answer was lost): no write, the stored version and time.
    const again = await saveDraft(s.actors.alex, a.id, { version: 0, answers: draft(1) });
    expect(again).toEqual({ version: 1, savedAt: first.savedAt, state: "IN_PROGRESS" });
    // The next save takes the one-statement path; what it answers is what is stored.
    const next = await saveDraft(s.actors.alex, a.id, { version: 1, answers: draft(2) });
    const stored = await db.response.findFirstOrThrow({ where, select: { version: true, updatedAt: true } });
    expect(next).toEqual({ version: 2, savedAt: stored.updatedAt.toISOString(), state: "IN_PROGRESS" });
    expect(stored.version).toBe(2);
    const retried = await saveDraft(s.actors.alex, a.id, { version: 1, answers: draft(2) });
    expect(retried).toEqual(next);
  });
});
