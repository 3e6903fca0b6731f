import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { downloadIcs, feedIcs, initials, invitationIcs, type CalendarEvent } from "@/lib/appointments/ics";
import { appointmentNoticeEmail, type NoticeKind } from "@/lib/appointments/notice-emails";

const event: CalendarEvent = {
  appointmentId: "appt1",
  startsAt: new Date("2031-03-05T21:00:00Z"),
  durationMinutes: 50,
  sequence: 3,
  cancelled: false,
  summary: "Session with Dr. Riley Morgan",
  url: "https://mend.example/home",
  videoUrl: "https://video.example.com/room",
  stamp: new Date("2031-03-01T10:00:00Z"),
};

function vevent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, event: calendar.getFirstSubcomponent("vevent")! };
}

describe("appointment iCalendar", () => {
  it("writes an invitation with organizer, attendee, stable UID and the sequence", () => {
    const text = invitationIcs(event, "mend.example", {
      organizer: { name: "Mend", email: "no-reply@mend.example" },
      attendee: "alex@example.org",
    });
    const { calendar, event: e } = vevent(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(e.getFirstPropertyValue("uid")).toBe("appointment-appt1@mend.example");
    expect(e.getFirstPropertyValue("sequence")).toBe(3);
    expect(String(e.getFirstPropertyValue("organizer")).toLowerCase()).toBe("mailto:no-reply@mend.example");
    expect(String(e.getFirstPropertyValue("attendee")).toLowerCase()).toBe("mailto:alex@example.org");
    expect((e.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString()).toBe(
      "2031-03-05T21:50:00.000Z",
    );
    // The same input gives the same file (DTSTAMP is the change time, not "now").
    expect(
      invitationIcs(event, "mend.example", {
        organizer: { name: "Mend", email: "no-reply@mend.example" },
        attendee: "alex@example.org",
      }),
    ).toBe(text);
  });

  it("cancels with METHOD:CANCEL and STATUS:CANCELLED", () => {
    const { calendar, event: e } = vevent(
      invitationIcs({ ...event, cancelled: true }, "mend.example", {
        organizer: { name: "Mend", email: "no-reply@mend.example" },
        attendee: "alex@example.org",
      }),
    );
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(e.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("puts the video link in the client's own download, and a feed holds several events", () => {
    expect(downloadIcs(event, "mend.example")).toContain("video.example.com/room");
    const feed = new ICAL.Component(
      ICAL.parse(
        feedIcs([event, { ...event, appointmentId: "appt2", videoUrl: null }], "mend.example", "Mend"),
      ),
    );
    expect(feed.getAllSubcomponents("vevent")).toHaveLength(2);
  });

  it("reduces names to initials", () => {
    expect(initials("Alex Rivera")).toBe("A.R.");
    expect(initials("Dr. Zoë van der Berg")).toBe("D.Z.V.D.B.");
    expect(initials("  ")).toBe("?");
    expect(initials("Alex & Sam")).toBe("A. & S.");
  });
});

describe("appointment emails", () => {
  const base = {
    recipientName: "Alex Rivera",
    clinicianName: "Dr. Riley Morgan",
    startsAt: new Date("2031-03-05T21:00:00Z"),
    durationMinutes: 50,
    video: true,
    timeZone: "America/Chicago",
    homeLink: "https://mend.example/home",
    preferencesLink: "https://mend.example/account/notifications",
  };
  const kinds: NoticeKind[] = ["scheduled", "updated", "cancelled", "reminder"];

  it.each(kinds)("%s: who, when in the reader's zone, a link, and the preferences link", (kind) => {
    const email = appointmentNoticeEmail({ ...base, kind });
    expect(email.subject).toContain("Wednesday, March 5 at 3:00 PM");
    expect(email.text).toContain("Hi Alex,");
    expect(email.text).toContain("Riley");
    expect(email.text).toContain("Central Standard Time");
    expect(email.text).toContain("https://mend.example/home");
    expect(email.text).toContain("https://mend.example/account/notifications");
    expect(email.html).toContain('href="https://mend.example/account/notifications"');
  });

  it("escapes names in the HTML", () => {
    const email = appointmentNoticeEmail({ ...base, kind: "scheduled", recipientName: "<b>Alex</b> R" });
    expect(email.html).not.toContain("<b>Alex</b>");
  });
});
