import { describe, expect, it } from "vitest";
import { clientNewsEmail } from "@/lib/notifications/client-news-emails";
import { CLIENT_NEWS_KINDS } from "@/lib/notifications/client-news-kinds";

// The client's news emails: who, what kind of event, a link, and a link to the email settings.

const base = {
  clientName: "Alex Rivera",
  from: ["Dr. Riley Morgan"],
  count: 1,
  label: "reflection",
  link: "https://mend.example/assignments/abc",
  preferencesLink: "https://mend.example/account/notifications",
};

describe("client news emails", () => {
  it("says who and what kind of event, with a link to the work and one to the email settings", () => {
    const subjects = CLIENT_NEWS_KINDS.map((kind) => {
      const email = clientNewsEmail({ ...base, kind });
      expect(email.text).toContain("Hi Alex,");
      expect(email.text).toContain(base.link);
      expect(email.text).toContain(base.preferencesLink);
      expect(email.html).toContain(`href="${base.preferencesLink}"`);
      return email.subject;
    });
    expect(subjects).toEqual([
      "Dr. Riley Morgan gave you a new reflection in Mend",
      "Dr. Riley Morgan left you feedback in Mend",
      "Dr. Riley Morgan asked you to take another look",
    ]);
  });

  it("counts a batch and names every clinician in it", () => {
    const email = clientNewsEmail({ ...base, kind: "assigned", count: 3, from: ["Dr. Morgan", "Dr. Lee"] });
    expect(email.subject).toBe("Dr. Morgan and Dr. Lee gave you 3 new reflections in Mend");
  });

  it("escapes names in the HTML part", () => {
    const email = clientNewsEmail({ ...base, kind: "feedback", from: ["<b>Dr</b>"] });
    expect(email.html).not.toContain("<b>Dr</b>");
    expect(email.html).toContain("&lt;b&gt;Dr&lt;/b&gt;");
  });
});
