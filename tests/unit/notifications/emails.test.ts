import { describe, expect, it } from "vitest";
import { digestEmail, dueSoonEmail, overdueEmail, submittedEmail } from "@/lib/notifications/emails";
import { firstName } from "@/lib/text/names";

// Emails say who, what kind of event and where to look: first names only, no surnames, no exercise
// titles or answers (those are not even inputs), and the HTML is escaped.

describe("notification emails", () => {
  it("reminders use the practice's word and the client's first name and zone", () => {
    const email = dueSoonEmail({
      name: "Alex Rivera",
      label: "exercise",
      dueAt: new Date("2031-03-05T22:00:00Z"),
      timeZone: "America/New_York",
      link: "https://mend.example/home",
    });
    expect(email.subject).toBe("A gentle reminder: an exercise is due Wednesday, March 5 at 5:00 PM");
    expect(email.text).toContain("Hi Alex,");
    expect(email.text).not.toContain("Rivera");
    expect(email.text).toContain("https://mend.example/home");
    expect(email.html).toContain('<a href="https://mend.example/home">Open Mend</a>');
    expect(
      overdueEmail({ name: "Alex", label: "reflection", dueAt: new Date(), timeZone: "UTC", link: "x" })
        .subject,
    ).toBe("Your reflection is still open");
  });

  it("a submission note names the client by first name and links to the work", () => {
    const email = submittedEmail({
      clinicianName: "Dr. Riley Morgan",
      clientName: "Sam <script>Lee",
      label: "reflection",
      link: "https://mend.example/assign/a1",
    });
    expect(email.subject).toBe("Sam submitted a reflection");
    expect(email.text).toContain("Hi Riley,");
    expect(email.html).not.toContain("<script>");
  });

  it("the digest lists times and who, in the clinician's zone", () => {
    const email = digestEmail({
      clinicianName: "Riley Morgan",
      day: "2031-05-06",
      timeZone: "America/Chicago",
      appointments: [
        { startsAt: new Date("2031-05-06T14:00:00Z"), who: "Alex & Sam", video: true, newSubmissions: 2 },
        { startsAt: new Date("2031-05-06T19:00:00Z"), who: "Jordan", video: false, newSubmissions: 0 },
      ],
      link: "https://mend.example/dashboard",
    });
    expect(email.subject).toBe("Tomorrow: 2 appointments (Tuesday, May 6)");
    expect(email.text).toContain("9:00 AM: Alex & Sam (video, 2 new to review)");
    expect(email.text).toContain("2:00 PM: Jordan");
    expect(email.html).toContain("Alex &amp; Sam");
  });

  it("first names come from the first word", () => {
    expect(firstName("  Jordan   Lee ")).toBe("Jordan");
    expect(firstName("")).toBe("");
    expect(firstName("", "there")).toBe("there");
    expect(firstName("Dr. Riley Morgan")).toBe("Riley");
    expect(firstName("Dr")).toBe("Dr");
    // An email to someone without a name still greets them.
    const email = dueSoonEmail({
      name: " ",
      label: "exercise",
      dueAt: new Date("2031-03-05T22:00:00Z"),
      timeZone: "America/New_York",
      link: "https://mend.example/home",
    });
    expect(email.text).toContain("Hi there,");
  });
});
