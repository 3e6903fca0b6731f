import { describe, expect, it } from "vitest";
import { RISK_ALERT_SUBJECT, riskAlertEmail } from "@/lib/risk/email";

describe("the risk alert email", () => {
  const email = riskAlertEmail({
    clinicianName: "Dr. Riley Morgan",
    link: "https://mend.example/dashboard",
    preferencesLink: "https://mend.example/settings/notifications",
  });

  it("says only that a check-in needs attention, with a link and the notification settings", () => {
    expect(email.subject).toBe("A client's check-in needs your attention");
    expect(RISK_ALERT_SUBJECT).toBe(email.subject);
    expect(email.text).toContain("A client's check-in in Mend needs your attention.");
    expect(email.text).toContain("https://mend.example/dashboard");
    expect(email.text).toContain("https://mend.example/settings/notifications");
    expect(email.html).toContain('href="https://mend.example/dashboard"');
  });

  it("carries nothing clinical: no measure, no answer, no words about harm", () => {
    for (const word of ["PHQ", "GAD", "CSI", "safe", "harm", "dead", "suicid", "988"])
      expect(`${email.subject} ${email.text} ${email.html}`).not.toMatch(new RegExp(word, "i"));
  });

  it("escapes the name in the HTML", () => {
    const hostile = riskAlertEmail({
      clinicianName: "<b>Eve</b>",
      link: "https://x/",
      preferencesLink: "https://y/",
    });
    expect(hostile.html).not.toContain("<b>Eve</b>");
  });
});
