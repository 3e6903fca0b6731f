import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createCustomExercise } from "@/lib/exercises/mutations";
import { saveDraft, submitResponse } from "@/lib/responses/save";
import { getClientResponse } from "@/lib/responses/service";
import { assignmentScenario } from "../assignments/support";
import { assignMeasure, csi4Answers, phq9Answers } from "./support";

// The standard measures as library items: given once or on a schedule, each partner of a couple
// answering their own copy, and their answers never reaching the partner.

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("measure schedules", () => {
  it("a CSI-4 every 2 weeks to a couple: one assignment per fortnight in one series, a copy for each partner", async () => {
    const s = await assignmentScenario();
    const first = new Date(Date.now() + 2 * 86_400_000);
    const until = new Date(first.getTime() + 43 * 86_400_000); // six weeks and a day
    const created = await assignMeasure(
      s,
      "csi-4",
      { coupleId: s.couple.id },
      { dueAt: first.toISOString(), repeatWeeklyUntil: until.toISOString(), repeatEveryWeeks: 2 },
    );
    expect(created.items).toHaveLength(4);
    expect(created.seriesId).not.toBeNull();
    const rows = await db.assignment.findMany({
      where: { seriesId: created.seriesId },
      orderBy: { dueAt: "asc" },
      select: { dueAt: true, recipients: { select: { clientId: true } } },
    });
    const gaps = rows
      .slice(1)
      .map((r, i) => Math.round((r.dueAt.getTime() - rows[i]!.dueAt.getTime()) / 86_400_000));
    for (const gap of gaps) expect([13, 14, 15]).toContain(gap); // 14 days, give or take a clock change
    for (const row of rows)
      expect(row.recipients.map((r) => r.clientId).sort()).toEqual(
        [s.actors.alex.userId, s.actors.sam.userId].sort(),
      );
  });

  it("once, to an individual: a single assignment without a series", async () => {
    const s = await assignmentScenario();
    const created = await assignMeasure(s, "phq-9", { clientId: s.client.id });
    expect(created.items).toHaveLength(1);
    expect(created.seriesId).toBeNull();
  });

  it("refuses a schedule longer than 26 weeks, every 2 weeks as weekly", async () => {
    const s = await assignmentScenario();
    const first = new Date(Date.now() + 2 * 86_400_000);
    const error = await refusal(
      assignMeasure(
        s,
        "gad-7",
        { clientId: s.client.id },
        {
          dueAt: first.toISOString(),
          repeatWeeklyUntil: new Date(first.getTime() + 30 * 7 * 86_400_000).toISOString(),
          repeatEveryWeeks: 2,
        },
      ),
    );
    expect(error.code).toBe("bad_request");
    expect(await db.assignment.count({ where: { practiceId: s.practice.id } })).toBe(0);
  });
});

describe("the published wording stays published", () => {
  it("a measure cannot be duplicated into an editable custom exercise", async () => {
    const s = await assignmentScenario();
    const error = await refusal(createCustomExercise(s.actors.clinician, { basedOn: "phq-9" }));
    expect(error.code).toBe("unprocessable");
    expect(JSON.stringify(error.details)).toContain("exactly as published");
  });
});

describe("privacy of measure answers", () => {
  it("a partner cannot share a measure answer, in a draft or a submission, whatever the couple agreement", async () => {
    const s = await assignmentScenario();
    await db.couple.update({ where: { id: s.couple.id }, data: { confidentiality: "NO_SECRETS" } });
    const a = (await assignMeasure(s, "phq-9", { coupleId: s.couple.id })).items[0]!;
    const draft = await refusal(
      saveDraft(s.actors.alex, a.id, { version: 0, answers: phq9Answers("not-at-all", true) }),
    );
    expect(draft.code).toBe("forbidden");
    expect(draft.message).toMatch(/therapist only/);
    const sent = await refusal(
      submitResponse(s.actors.alex, a.id, { version: 0, answers: phq9Answers("not-at-all", true) }),
    );
    expect(sent.code).toBe("forbidden");
    expect(
      await db.responseRevision.count({ where: { response: { recipient: { assignmentId: a.id } } } }),
    ).toBe(0);
  });

  it("the client's copy offers no sharing, and after both send, neither sees anything of the other's answers", async () => {
    const s = await assignmentScenario();
    const a = (await assignMeasure(s, "csi-4", { coupleId: s.couple.id })).items[0]!;
    const mine = await getClientResponse(s.actors.alex, a.id);
    expect(mine.sharingAvailable).toBe(false);
    await submitResponse(s.actors.alex, a.id, {
      version: 0,
      answers: csi4Answers(["happy", "mostly-true", "mostly", "somewhat"]),
    });
    await submitResponse(s.actors.sam, a.id, {
      version: 0,
      answers: csi4Answers(["very-happy", "completely-true", "mostly", "mostly"]),
    });
    const alexView = await getClientResponse(s.actors.alex, a.id);
    const samView = await getClientResponse(s.actors.sam, a.id);
    expect(alexView.partner?.shared).toEqual({});
    expect(samView.partner?.shared).toEqual({});
  });
});
