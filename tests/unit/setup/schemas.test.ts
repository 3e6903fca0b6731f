import { describe, expect, it } from "vitest";
import { DEFAULT_ADMIN_NAME, DEFAULT_TIME_ZONE, practiceSlug, setupInput } from "@/lib/setup/schemas";

describe("setup input", () => {
  it("normalises the email and fills the defaults", () => {
    expect(setupInput.parse({ practice: " Riverside ", adminEmail: " You@Example.ORG " })).toEqual({
      practice: "Riverside",
      adminEmail: "you@example.org",
      adminName: DEFAULT_ADMIN_NAME,
      timeZone: DEFAULT_TIME_ZONE,
      clinician: false,
    });
    expect(setupInput.parse({ practice: "Solo", adminEmail: "me@solo.org", clinician: true }).clinician).toBe(
      true,
    );
  });

  it("refuses unknown time zones, bad emails and missing names with the option's name", () => {
    const problems = (input: Record<string, unknown>) =>
      setupInput.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(problems({ practice: "Riverside", adminEmail: "a@b.org", timeZone: "Mars/Base" })).toEqual([
      expect.stringContaining("--time-zone"),
    ]);
    expect(problems({ practice: "Riverside", adminEmail: "not an email" })).toEqual([
      expect.stringContaining("--admin-email"),
    ]);
    expect(problems({ adminEmail: "a@b.org" })).toEqual([expect.stringContaining("--practice is required")]);
  });
});

describe("practiceSlug", () => {
  it("makes one key for names that differ only in case, spacing, accents or punctuation", () => {
    expect(practiceSlug("Riverside Counseling")).toBe("riverside-counseling");
    expect(practiceSlug("  riverside   counseling!")).toBe("riverside-counseling");
    expect(practiceSlug("Rivérside Counseling")).toBe("riverside-counseling");
    expect(practiceSlug("心理")).toBe("practice");
  });
});
