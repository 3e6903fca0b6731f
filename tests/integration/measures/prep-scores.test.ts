import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getMeasuresView } from "@/lib/measures/service";
import { submitResponse } from "@/lib/responses/save";
import { actorFor, createClinician } from "../../support/factories";
import { assignCheckIn, assignmentScenario } from "../assignments/support";
import { assignMeasure, checkInAnswers, csi4Answers } from "./support";

// The scores the prep view shows: both partners' CSI-4 side by side with bands and change, low
// safety answers flagged, only for the clinician's own caseload, and the read audited.

describe("measure scores for the prep view", () => {
  it("both partners' CSI-4 side by side, with the change since last time; the read is audited", async () => {
    const s = await assignmentScenario();
    const couple = { coupleId: s.couple.id };
    const first = (await assignMeasure(s, "csi-4", couple)).items[0]!;
    const second = (await assignMeasure(s, "csi-4", couple)).items[0]!;
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    await submitResponse(
      s.actors.alex,
      first.id,
      { version: 0, answers: csi4Answers(["a-little-unhappy", "somewhat-true", "somewhat", "somewhat"]) },
      {},
      day(14),
    );
    await submitResponse(
      s.actors.alex,
      second.id,
      { version: 0, answers: csi4Answers(["happy", "mostly-true", "mostly", "somewhat"]) },
      {},
      day(1),
    );
    await submitResponse(
      s.actors.sam,
      first.id,
      { version: 0, answers: csi4Answers(["very-happy", "completely-true", "mostly", "mostly"]) },
      {},
      day(13),
    );

    const view = await getMeasuresView(s.actors.clinician, [s.actors.alex.userId, s.actors.sam.userId]);
    expect(view.measures).toHaveLength(1);
    const csi = view.measures[0]!;
    expect(csi.instrument).toBe("csi-4");
    const byId = new Map(csi.people.map((p) => [p.clientId, p]));
    expect(byId.get(s.actors.alex.userId)).toMatchObject({
      latest: { total: 11, band: { concern: true } },
      change: { delta: 3, direction: "better" },
    });
    expect(byId.get(s.actors.sam.userId)).toMatchObject({
      latest: { total: 15, band: { concern: false } },
      change: null,
    });

    const reads = await db.auditEvent.findMany({
      where: { action: "measures.read", actorId: s.clinician.id },
      select: { clientId: true },
    });
    expect(reads.map((r) => r.clientId).sort()).toEqual([s.actors.alex.userId, s.actors.sam.userId].sort());
  });

  it("flags weekly check-ins at or below the practice threshold", async () => {
    const s = await assignmentScenario();
    const low = await assignCheckIn(s);
    const fine = await assignCheckIn(s, { allowDuplicate: true });
    await submitResponse(s.actors.client, low.id, { version: 0, answers: checkInAnswers(2) });
    await submitResponse(s.actors.client, fine.id, { version: 0, answers: checkInAnswers(8) });
    const view = await getMeasuresView(s.actors.clinician, [s.client.id]);
    expect(view.threshold).toBe(3);
    expect(view.lowSafety.map((l) => l.value)).toEqual([2]);
  });

  it("another clinician gets nothing for clients not on their caseload, and a client is refused", async () => {
    const s = await assignmentScenario();
    const a = (await assignMeasure(s, "csi-4", { clientId: s.client.id })).items[0]!;
    await submitResponse(s.actors.client, a.id, {
      version: 0,
      answers: csi4Answers(["happy", "mostly-true", "mostly", "mostly"]),
    });
    const other = actorFor(await createClinician(s.practice.id));
    expect(await getMeasuresView(other, [s.client.id])).toMatchObject({ measures: [], lowSafety: [] });
    const refused = await getMeasuresView(s.actors.client, [s.client.id]).catch((e: unknown) => e);
    expect(isAppError(refused) && refused.code).toBe("forbidden");
  });
});
