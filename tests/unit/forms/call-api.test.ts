import { describe, expect, it } from "vitest";
import { withProblems } from "@/components/forms/call-api";

describe("a refusal in words", () => {
  const problems = [
    { path: "name", message: "Enter their name." },
    { path: "email", message: "Enter an email address like name@example.com." },
  ];
  const headline = "Some of what you entered needs another look.";

  it("names every problem when the form has no place for them", () => {
    expect(withProblems(headline, problems)).toBe(
      "Some of what you entered needs another look. Enter their name. Enter an email address like name@example.com.",
    );
  });

  it("leaves out the problems the form shows by their own field", () => {
    expect(withProblems(headline, problems, ["name", "email"])).toBe(headline);
    expect(withProblems(headline, problems, ["name"])).toBe(
      "Some of what you entered needs another look. Enter an email address like name@example.com.",
    );
  });

  it("does not repeat a message", () => {
    expect(withProblems("Enter their name.", [problems[0]!, problems[0]!])).toBe("Enter their name.");
  });
});
