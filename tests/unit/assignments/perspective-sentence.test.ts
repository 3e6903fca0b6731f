import { describe, expect, it } from "vitest";
import { perspectiveSentence } from "../../../components/assignments/assign-checks";

// Issue 19: before sending, the assign form repeats the chosen perspectives in plain words.

const perspectives = [
  { id: "was-hurt", label: "The partner who was hurt" },
  { id: "caused-harm", label: "The partner who caused the hurt" },
];

describe("perspectiveSentence", () => {
  it("names each person and the side chosen for them, in the order the people are listed", () => {
    const people = [
      { id: "a", firstName: "Alex" },
      { id: "s", firstName: "Sam" },
    ];
    expect(perspectiveSentence(people, perspectives, { a: "was-hurt", s: "caused-harm" })).toBe(
      "Alex: the partner who was hurt; Sam: the partner who caused the hurt",
    );
    expect(perspectiveSentence(people, perspectives, { a: "caused-harm", s: "was-hurt" })).toBe(
      "Alex: the partner who caused the hurt; Sam: the partner who was hurt",
    );
  });
});
