import { describe, expect, it } from "vitest";
import { INSTRUMENTS } from "@/lib/measures/instruments";
import { bandFor, changeSince, scoreMeasure, signed } from "@/lib/measures/scoring";

const F = ["not-at-all", "several-days", "more-than-half-the-days", "nearly-every-day"] as const;

/** PHQ-9/GAD-7 answers from item scores (0-3 each). */
function frequencyAnswers(prefix: string, scores: number[]): Record<string, string> {
  return Object.fromEntries(scores.map((s, i) => [`${prefix}-${i + 1}`, F[s]!]));
}

describe("PHQ-9 scoring (Kroenke et al. 2001)", () => {
  it("sums the nine items 0-3 and ignores the difficulty question", () => {
    const answers = {
      ...frequencyAnswers("phq9", [1, 2, 0, 3, 1, 1, 2, 0, 0]),
      "phq9-difficulty": "very-difficult",
    };
    expect(scoreMeasure("phq-9", answers)).toMatchObject({ total: 10, band: { label: "Moderate" } });
  });

  it("all 'Not at all' is 0 and all 'Nearly every day' is 27", () => {
    expect(scoreMeasure("phq-9", frequencyAnswers("phq9", Array(9).fill(0)))?.total).toBe(0);
    expect(scoreMeasure("phq-9", frequencyAnswers("phq9", Array(9).fill(3)))).toMatchObject({
      total: 27,
      band: { label: "Severe" },
    });
  });

  it.each([
    [0, "Minimal"],
    [4, "Minimal"],
    [5, "Mild"],
    [9, "Mild"],
    [10, "Moderate"],
    [14, "Moderate"],
    [15, "Moderately severe"],
    [19, "Moderately severe"],
    [20, "Severe"],
    [27, "Severe"],
  ])("a total of %i is %s", (total, label) => {
    expect(bandFor("phq-9", total).label).toBe(label);
  });

  it("an unanswered or unknown item gives no total rather than a low one", () => {
    const answers = frequencyAnswers("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    delete answers["phq9-9"];
    expect(scoreMeasure("phq-9", answers)).toBeNull();
    expect(scoreMeasure("phq-9", { ...answers, "phq9-9": "sometimes" })).toBeNull();
  });
});

describe("GAD-7 scoring (Spitzer et al. 2006)", () => {
  it("sums the seven items 0-3", () => {
    expect(scoreMeasure("gad-7", frequencyAnswers("gad7", [2, 2, 1, 1, 0, 1, 1]))).toMatchObject({
      total: 8,
      band: { label: "Mild" },
    });
    expect(scoreMeasure("gad-7", frequencyAnswers("gad7", Array(7).fill(3)))?.total).toBe(21);
  });

  it.each([
    [0, "Minimal"],
    [4, "Minimal"],
    [5, "Mild"],
    [9, "Mild"],
    [10, "Moderate"],
    [14, "Moderate"],
    [15, "Severe"],
    [21, "Severe"],
  ])("a total of %i is %s", (total, label) => {
    expect(bandFor("gad-7", total).label).toBe(label);
  });
});

describe("CSI-4 scoring (Funk & Rogge 2007)", () => {
  it("item 1 scores 0-6 and items 2-4 score 0-5, for a range of 0-21", () => {
    const lowest = {
      "csi4-1": "extremely-unhappy",
      "csi4-2": "not-at-all-true",
      "csi4-3": "not-at-all",
      "csi4-4": "not-at-all",
    };
    const highest = {
      "csi4-1": "perfect",
      "csi4-2": "completely-true",
      "csi4-3": "completely",
      "csi4-4": "completely",
    };
    expect(scoreMeasure("csi-4", lowest)?.total).toBe(0);
    expect(scoreMeasure("csi-4", highest)?.total).toBe(21);
  });

  it("a worked example: Happy (3) + Mostly TRUE (3) + Mostly (3) + Somewhat (2) = 11, below 13.5", () => {
    const score = scoreMeasure("csi-4", {
      "csi4-1": "happy",
      "csi4-2": "mostly-true",
      "csi4-3": "mostly",
      "csi4-4": "somewhat",
    });
    expect(score).toMatchObject({ total: 11, band: { concern: true } });
    expect(score!.band.label).toBe("Notable relationship dissatisfaction");
  });

  it("13 is below the 13.5 cut-off and 14 is above it", () => {
    expect(bandFor("csi-4", 13).concern).toBe(true);
    expect(bandFor("csi-4", 14).concern).toBe(false);
  });

  it("worked examples either side of the cut-off, from the published anchors", () => {
    // Very Happy (4) + Mostly TRUE (3) + Mostly (3) + Mostly (3) = 13: below 13.5.
    const thirteen = scoreMeasure("csi-4", {
      "csi4-1": "very-happy",
      "csi4-2": "mostly-true",
      "csi4-3": "mostly",
      "csi4-4": "mostly",
    });
    expect(thirteen).toMatchObject({ total: 13, band: { concern: true } });
    // Very Happy (4) + Almost Completely TRUE (4) + Mostly (3) + Mostly (3) = 14: above it.
    const fourteen = scoreMeasure("csi-4", {
      "csi4-1": "very-happy",
      "csi4-2": "almost-completely-true",
      "csi4-3": "mostly",
      "csi4-4": "mostly",
    });
    expect(fourteen).toMatchObject({ total: 14, band: { concern: false } });
    expect(fourteen!.band.label).toContain("13.5");
  });

  it("item 1 carries seven points (0-6) and the others six (0-5)", () => {
    const base = { "csi4-2": "not-at-all-true", "csi4-3": "not-at-all", "csi4-4": "not-at-all" };
    expect(scoreMeasure("csi-4", { ...base, "csi4-1": "perfect" })?.total).toBe(6);
    expect(scoreMeasure("csi-4", { ...base, "csi4-1": "extremely-happy" })?.total).toBe(5);
    expect(
      scoreMeasure("csi-4", {
        "csi4-1": "extremely-unhappy",
        "csi4-2": "completely-true",
        "csi4-3": "completely",
        "csi4-4": "completely",
      })?.total,
    ).toBe(15);
  });

  it("an unanswered item, or an answer from another scale, gives no score rather than a low one", () => {
    const three = { "csi4-1": "happy", "csi4-2": "mostly-true", "csi4-3": "mostly" };
    expect(scoreMeasure("csi-4", three)).toBeNull();
    // "mostly-true" belongs to item 2's scale, not item 4's.
    expect(scoreMeasure("csi-4", { ...three, "csi4-4": "mostly-true" })).toBeNull();
  });
});

describe("bands and change since last time", () => {
  it("every instrument's bands cover 0 to its maximum exactly once", () => {
    for (const rules of Object.values(INSTRUMENTS)) {
      for (let total = 0; total <= rules.maxTotal; total++) {
        expect(rules.bands.filter((b) => total >= b.min && total <= b.max)).toHaveLength(1);
      }
      expect(() => bandFor(rules.id, rules.maxTotal + 1)).toThrow(RangeError);
    }
  });

  it("a falling PHQ-9 or GAD-7 is better; a rising CSI-4 is better", () => {
    expect(changeSince("phq-9", 14, 9)).toEqual({ delta: -5, direction: "better" });
    expect(changeSince("gad-7", 6, 11)).toEqual({ delta: 5, direction: "worse" });
    expect(changeSince("csi-4", 11, 15)).toEqual({ delta: 4, direction: "better" });
    expect(changeSince("csi-4", 15, 15)).toEqual({ delta: 0, direction: "same" });
    expect([signed(4), signed(-2), signed(0)]).toEqual(["+4", "-2", "0"]);
  });
});
