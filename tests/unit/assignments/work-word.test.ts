import { describe, expect, it } from "vitest";
import { capitalise, plural, withArticle } from "@/lib/assignments/labels";
import { practiceSettingsBody } from "@/lib/practice/schemas";

// The practice's word for between-session work, as pages and emails say it.

describe("the practice's word for between-session work", () => {
  it.each([
    ["reflection", "reflections", "a reflection"],
    ["exercise", "exercises", "an exercise"],
    ["homework", "homework", "some homework"],
    ["practice", "practices", "a practice"],
    ["check-in", "check-ins", "a check-in"],
    ["activity", "activities", "an activity"],
  ])("%s: plural %s, with its article %s", (word, many, one) => {
    expect(plural(word)).toBe(many);
    expect(withArticle(word)).toBe(one);
  });

  it("capitalises for headings", () => {
    expect(capitalise(plural("homework"))).toBe("Homework");
  });

  it("accepts plain nouns only, stored lower-case", () => {
    expect(practiceSettingsBody.parse({ workWord: " Homework " })).toEqual({ workWord: "homework" });
    expect(practiceSettingsBody.parse({ workWord: "check-in" })).toEqual({ workWord: "check-in" });
    for (const bad of ["", "x", "<script>", "homework!", "a".repeat(31), "two  spaces"]) {
      expect(practiceSettingsBody.safeParse({ workWord: bad }).success, bad).toBe(false);
    }
  });
});
