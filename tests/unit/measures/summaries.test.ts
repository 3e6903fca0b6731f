import { describe, expect, it } from "vitest";
import { buildMeasureSummaries, lowSafetyAnswers, type MeasureSubmission } from "@/lib/measures/summaries";

const alex = { clientId: "alex", name: "Alex Rivera" };
const sam = { clientId: "sam", name: "Sam Rivera" };

function csi(clientId: string, day: number, values: [string, string, string, string]): MeasureSubmission {
  return {
    instrument: "csi-4",
    hasFeltSafe: false,
    clientId,
    at: new Date(Date.UTC(2031, 0, day)),
    values: Object.fromEntries(values.map((v, i) => [`csi4-${i + 1}`, v])),
  };
}

describe("measure summaries", () => {
  it("puts both partners' CSI-4 side by side, latest with its band and the change since the one before", () => {
    const [summary] = buildMeasureSummaries(
      [
        csi("alex", 1, ["a-little-unhappy", "somewhat-true", "somewhat", "somewhat"]), // 2+2+2+2 = 8
        csi("alex", 15, ["happy", "mostly-true", "mostly", "somewhat"]), // 3+3+3+2 = 11
        csi("sam", 1, ["very-happy", "completely-true", "mostly", "mostly"]), // 4+5+3+3 = 15
      ],
      [alex, sam],
    );
    expect(summary!.instrument).toBe("csi-4");
    expect(summary!.people.map((p) => [p.name, p.latest?.total, p.latest?.band.concern])).toEqual([
      ["Alex Rivera", 11, true],
      ["Sam Rivera", 15, false],
    ]);
    expect(summary!.people[0]!.change).toEqual({ delta: 3, direction: "better" });
    expect(summary!.people[1]!.change).toBeNull();
  });

  it("a person who has not answered is listed without a score; incomplete answers are not scored", () => {
    const incomplete = csi("alex", 2, ["happy", "mostly-true", "mostly", "somewhat"]);
    delete incomplete.values["csi4-4"];
    const [summary] = buildMeasureSummaries(
      [incomplete, csi("sam", 2, ["happy", "mostly-true", "mostly", "mostly"])],
      [alex, sam],
    );
    expect(summary!.people[0]).toMatchObject({ points: [], latest: null, change: null });
    expect(summary!.people[1]!.latest?.total).toBe(12);
  });

  it("lists check-ins whose felt-safe is at or below the threshold, newest first", () => {
    const checkIn = (clientId: string, day: number, feltSafe: number): MeasureSubmission => ({
      instrument: null,
      hasFeltSafe: true,
      clientId,
      at: new Date(Date.UTC(2031, 0, day)),
      values: { "felt-safe": feltSafe },
    });
    const low = lowSafetyAnswers(
      [checkIn("alex", 1, 2), checkIn("alex", 8, 6), checkIn("sam", 9, 3)],
      [alex, sam],
      3,
    );
    expect(low.map((l) => [l.name, l.value])).toEqual([
      ["Sam Rivera", 3],
      ["Alex Rivera", 2],
    ]);
  });
});
