import { escapeHtml } from "@/lib/text/html";
import { firstName } from "@/lib/text/names";
import { weekdayTimeWords } from "@/lib/time/words";
import { zoneName } from "@/lib/time/zones";

// The words of appointment emails to clients: who, what kind of event, when (in the reader's own
// zone), a link to Mend and a link to their notification preferences. Nothing clinical: no exercise
// titles, no notes, not even the video link (it is one tap away in Mend).

export type NoticeKind = "scheduled" | "updated" | "cancelled" | "reminder";

export type NoticeEmail = { subject: string; text: string; html: string };

export type NoticeInput = {
  kind: NoticeKind;
  recipientName: string;
  clinicianName: string;
  startsAt: Date;
  durationMinutes: number;
  video: boolean;
  timeZone: string;
  homeLink: string;
  preferencesLink: string;
};

function when(input: NoticeInput): string {
  return `${weekdayTimeWords(input.startsAt, input.timeZone)} (${zoneName(input.timeZone, input.startsAt)})`;
}

function lines(input: NoticeInput): { subject: string; body: string[] } {
  const who = firstName(input.clinicianName, "Your therapist");
  const at = when(input);
  const how = `${input.durationMinutes} minutes, ${input.video ? "by video" : "in person"}`;
  const calendar = "The attached calendar file adds it to your calendar, or updates it there.";
  switch (input.kind) {
    case "scheduled":
      return {
        subject: `Session scheduled: ${weekdayTimeWords(input.startsAt, input.timeZone)}`,
        body: [`${who} scheduled a session with you on ${at}, ${how}.`, calendar],
      };
    case "updated":
      return {
        subject: `Session updated: now ${weekdayTimeWords(input.startsAt, input.timeZone)}`,
        body: [`${who} changed your session. It is now on ${at}, ${how}.`, calendar],
      };
    case "cancelled":
      return {
        subject: `Session cancelled: ${weekdayTimeWords(input.startsAt, input.timeZone)}`,
        body: [
          `${who} cancelled your session on ${at}.`,
          "The attached calendar file removes it from your calendar.",
        ],
      };
    case "reminder":
      return {
        subject: `Reminder: session ${weekdayTimeWords(input.startsAt, input.timeZone)}`,
        body: [`A reminder of your session with ${who} on ${at}, ${how}.`],
      };
  }
}

export function appointmentNoticeEmail(input: NoticeInput): NoticeEmail {
  const { subject, body } = lines(input);
  const greeting = `Hi ${firstName(input.recipientName, "there")},`;
  const footer = "You get these emails from Mend. To change or stop them, open your notification preferences";
  const text = [
    greeting,
    ...body,
    `See it in Mend: ${input.homeLink}`,
    "",
    `${footer}: ${input.preferencesLink}`,
  ].join("\n\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...body.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(input.homeLink)}">See it in Mend</a></p>`,
    `<p style="color:#666;font-size:13px">${escapeHtml(footer)}: <a href="${escapeHtml(input.preferencesLink)}">notification preferences</a>.</p>`,
  ].join("\n");
  return { subject, text, html };
}
