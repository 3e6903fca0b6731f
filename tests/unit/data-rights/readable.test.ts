import { describe, expect, it } from "vitest";
import { readableAnswer } from "@/lib/data-rights/readable";
import type { Prompt } from "@/lib/exercises/schema";

const choice = {
  id: "c",
  label: "Pick",
  required: false,
  kind: "single_choice",
  options: [
    { id: "a", label: "Apple" },
    { id: "b", label: "Banana" },
  ],
} as Prompt;

describe("answers in plain words (printable export)", () => {
  it("turns option ids back into labels", () => {
    expect(readableAnswer(choice, "b")).toBe("Banana");
    expect(readableAnswer({ ...choice, kind: "multiple_choice" } as Prompt, ["a", "b"])).toBe(
      "Apple; Banana",
    );
    expect(
      readableAnswer(
        {
          id: "k",
          label: "k",
          required: false,
          kind: "checklist",
          items: [{ id: "x", label: "Walked" }],
        } as Prompt,
        ["x"],
      ),
    ).toBe("Walked");
  });

  it("keeps text, describes scales and lists log entries", () => {
    expect(
      readableAnswer(
        { id: "t", label: "t", required: false, kind: "long_text", maxLength: 100 } as Prompt,
        "hello",
      ),
    ).toBe("hello");
    const scale = {
      id: "s",
      label: "s",
      required: false,
      kind: "scale",
      min: 0,
      max: 10,
      minLabel: "Not at all",
      maxLabel: "Very",
    } as Prompt;
    expect(readableAnswer(scale, 7)).toBe("7 (from 0, Not at all, to 10, Very)");
    expect(readableAnswer(scale, null)).toBe("");
    const log = { id: "l", label: "l", required: false, kind: "log", entryLabel: "e" } as Prompt;
    expect(readableAnswer(log, [{ id: "1", date: "2031-01-02", text: "Talked" }])).toBe("2031-01-02: Talked");
  });

  it("shows unknown questions' values as they are", () => {
    expect(readableAnswer(null, "text")).toBe("text");
    expect(readableAnswer(null, { a: 1 })).toBe('{"a":1}');
  });
});
