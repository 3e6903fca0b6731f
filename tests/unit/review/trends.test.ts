import { describe, expect, it } from "vitest";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import { answerLines } from "@/lib/prep/answer-lines";
import { buildTrends, type TrendInput } from "@/lib/prep/trends";

const checkIn = {
  slug: "check",
  version: 1,
  title: "Check-in",
  summary: "s",
  section: "x",
  audience: "both",
  estimatedMinutes: 2,
  credit: { source: "s", author: "a", section: "x" },
  prompts: [
    {
      id: "safe",
      kind: "scale",
      label: "Safe?",
      required: true,
      min: 0,
      max: 10,
      minLabel: "No",
      maxLabel: "Yes",
    },
    { id: "words", kind: "long_text", label: "Words", required: false, maxLength: 100 },
  ],
} as ExerciseDefinition;

const people = [
  { clientId: "a", name: "Alex" },
  { clientId: "s", name: "Sam" },
];

const point = (clientId: string, week: number, value: number | null): TrendInput => ({
  exerciseSlug: "check",
  title: "Check-in",
  definition: checkIn,
  at: new Date(Date.UTC(2025, 0, 1 + week * 7)),
  clientId,
  answers: value === null ? {} : { safe: { value, shared: false } },
});

describe("check-in trends", () => {
  it("lines up each scale over time, one series per person, in date order", () => {
    const trends = buildTrends(
      [point("s", 1, 6), point("a", 1, 3), point("a", 0, 2), point("s", 0, 5)],
      people,
    );
    expect(trends).toHaveLength(1);
    expect(trends[0]!.scales).toHaveLength(1);
    expect(trends[0]!.scales[0]!.series.map((s) => [s.name, s.points.map((p) => p.value)])).toEqual([
      ["Alex", [2, 3]],
      ["Sam", [5, 6]],
    ]);
  });

  it("needs someone to have sent it at least twice, and skips weeks without a number", () => {
    expect(buildTrends([point("a", 0, 2), point("s", 0, 5)], people)).toEqual([]);
    const trends = buildTrends([point("a", 0, 2), point("a", 1, null), point("a", 2, 4)], people);
    expect(trends[0]!.scales[0]!.series).toEqual([
      expect.objectContaining({
        name: "Alex",
        points: [expect.objectContaining({ value: 2 }), expect.objectContaining({ value: 4 })],
      }),
    ]);
  });

  it("ignores exercises without scales", () => {
    const noScale = { ...checkIn, prompts: [checkIn.prompts![1]!] } as ExerciseDefinition;
    expect(
      buildTrends(
        [
          { ...point("a", 0, 1), definition: noScale },
          { ...point("a", 1, 1), definition: noScale },
        ],
        people,
      ),
    ).toEqual([]);
  });
});

describe("answers in words", () => {
  it("uses labels, not ids, and says what a scale's ends mean", () => {
    const scale = checkIn.prompts![0]!;
    expect(answerLines(scale, 7)).toEqual(["7 on a scale from 0 (No) to 10 (Yes)"]);
    expect(answerLines(scale, null)).toEqual([]);
    expect(
      answerLines(
        {
          id: "c",
          kind: "multiple_choice",
          label: "C",
          required: false,
          options: [
            { id: "x", label: "Ex" },
            { id: "y", label: "Why" },
          ],
        },
        ["y", "x"],
      ),
    ).toEqual(["Why", "Ex"]);
    expect(
      answerLines({ id: "l", kind: "log", label: "L", required: false, entryLabel: "e" }, [
        { id: "1", date: "2025-01-02", text: "Walked" },
        { id: "2", date: "2025-01-03", text: " " },
      ]),
    ).toEqual(["2025-01-02: Walked"]);
    expect(answerLines(checkIn.prompts![1]!, "   ")).toEqual([]);
  });
});
