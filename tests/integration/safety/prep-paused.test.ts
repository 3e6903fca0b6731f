import { describe, expect, it } from "vitest";
import { getCouplePrep } from "@/lib/prep/service";
import { getClinicianResponses } from "@/lib/responses/service";
import { createComment } from "@/lib/review/service";
import { recordSafetyScreen } from "@/lib/safety/service";
import {
  CAUSED_HARM,
  WAS_HURT,
  giveSlowingDown,
  recipientIdOf,
  reviewScenario,
  send,
} from "../review/support";

// When a couple's sharing is paused (a partner's safety screen is not "no concern"), the clinician's
// prep view and answers page must not claim the partner sees what was marked shared, nor that feedback
// on it reaches them: what they show follows the rule the partner's own view follows.

describe("the prep view while a couple's sharing is paused", () => {
  it("marks the assignment paused and gives feedback on a shared answer to its author only", async () => {
    const s = await reviewScenario();
    const c = s.actors.clinician;
    const work = await giveSlowingDown(s);
    await send(s.actors.alex, work.id, WAS_HURT);
    await send(s.actors.sam, work.id, CAUSED_HARM);
    await createComment(c, work.id, {
      kind: "FEEDBACK",
      body: "Thank you for naming this.",
      recipientId: await recipientIdOf(work.id, s.actors.alex.userId),
      promptId: "feelings-in-words",
    });

    // Sharing on: Alex's shared answer and its feedback reach both.
    let shown = (await getCouplePrep(c, s.couple.id)).assignments.find((a) => a.id === work.id)!;
    expect(shown.sharingPaused).toBe(false);
    expect(shown.comments.map((x) => x.visibleTo.map((p) => p.clientId).sort())).toEqual([
      [s.actors.alex.userId, s.actors.sam.userId].sort(),
    ]);
    expect((await getClinicianResponses(c, work.id)).sharingPaused).toBe(false);

    // Sam's screen is now "concern": sharing pauses for the couple.
    await recordSafetyScreen(c, s.actors.sam.userId, { outcome: "CONCERN" });
    shown = (await getCouplePrep(c, s.couple.id)).assignments.find((a) => a.id === work.id)!;
    expect(shown.sharingPaused).toBe(true);
    // What Alex marked is kept as marked (it is Alex's choice), but nobody else is said to see it.
    const alexFeelings = shown.copies[0]!.answers.find((x) => x.promptId === "feelings-in-words");
    expect(alexFeelings?.shared).toBe(true);
    expect(shown.comments.map((x) => x.visibleTo.map((p) => p.clientId))).toEqual([[s.actors.alex.userId]]);
    expect((await getClinicianResponses(c, work.id)).sharingPaused).toBe(true);

    // Screened "no concern" again: sharing resumes, and the words with it.
    await recordSafetyScreen(c, s.actors.sam.userId, { outcome: "NO_CONCERN" });
    shown = (await getCouplePrep(c, s.couple.id)).assignments.find((a) => a.id === work.id)!;
    expect(shown.sharingPaused).toBe(false);
    expect(shown.comments[0]!.visibleTo).toHaveLength(2);
  });

  it("earlier comments on paused work do not name the partner either", async () => {
    const s = await reviewScenario();
    const c = s.actors.clinician;
    const work = await giveSlowingDown(s);
    await send(s.actors.alex, work.id, WAS_HURT);
    await send(s.actors.sam, work.id, CAUSED_HARM);
    await createComment(c, work.id, {
      kind: "FEEDBACK",
      body: "Noticed.",
      recipientId: await recipientIdOf(work.id, s.actors.alex.userId),
      promptId: "feelings-in-words",
    });
    await recordSafetyScreen(c, s.actors.alex.userId, { outcome: "NOT_YET" });
    const prep = await getCouplePrep(c, s.couple.id);
    const all = [...prep.assignments.flatMap((a) => a.comments), ...prep.earlierComments].filter(
      (x) => x.body === "Noticed.",
    );
    expect(all.length).toBeGreaterThan(0);
    for (const comment of all)
      expect(comment.visibleTo.map((p) => p.clientId)).toEqual([s.actors.alex.userId]);
  });
});
