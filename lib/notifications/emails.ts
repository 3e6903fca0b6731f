import { withArticle } from "@/lib/assignments/labels";
import { escapeHtml } from "@/lib/text/html";
import { firstName } from "@/lib/text/names";
import { formatDay, formatLocalDateTime, formatLocalTime } from "./time";

// The words of every notification email. Each says who, what kind of event and where to look, and
// nothing else: no answer text, no exercise titles, no notes, nothing clinical. First names only.

export type BuiltEmail = { subject: string; text: string; html: string };

const FOOTER =
  "You get these emails from Mend. To stop them, open Mend and turn off email reminders in your account.";

function build(subject: string, paragraphs: string[], link: { href: string; label: string }): BuiltEmail {
  const text = [...paragraphs, `${link.label}: ${link.href}`, "", FOOTER].join("\n\n");
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`,
    `<p style="color:#666;font-size:13px">${escapeHtml(FOOTER)}</p>`,
  ].join("\n");
  return { subject, text, html };
}

export function dueSoonEmail(input: {
  name: string;
  label: string;
  dueAt: Date;
  timeZone: string;
  link: string;
}): BuiltEmail {
  const when = formatLocalDateTime(input.dueAt, input.timeZone);
  return build(
    `A gentle reminder: ${withArticle(input.label)} is due ${when}`,
    [
      `Hi ${firstName(input.name, "there")},`,
      `You have ${withArticle(input.label)} in Mend due ${when}. Whatever you manage to write is welcome.`,
    ],
    { href: input.link, label: "Open Mend" },
  );
}

export function overdueEmail(input: {
  name: string;
  label: string;
  dueAt: Date;
  timeZone: string;
  link: string;
}): BuiltEmail {
  const when = formatLocalDateTime(input.dueAt, input.timeZone);
  return build(
    `Your ${input.label} is still open`,
    [
      `Hi ${firstName(input.name, "there")},`,
      `Your ${input.label} in Mend was due ${when}. It is still open, and there is no penalty for finishing it late.`,
    ],
    { href: input.link, label: "Open Mend" },
  );
}

export function submittedEmail(input: {
  clinicianName: string;
  clientName: string;
  label: string;
  link: string;
}): BuiltEmail {
  const who = firstName(input.clientName, "there");
  return build(
    `${who} submitted ${withArticle(input.label)}`,
    [
      `Hi ${firstName(input.clinicianName, "there")},`,
      `${who} has submitted ${withArticle(input.label)} in Mend.`,
    ],
    { href: input.link, label: "Open it in Mend" },
  );
}

export type DigestAppointment = { startsAt: Date; who: string; video: boolean; newSubmissions: number };

export function digestEmail(input: {
  clinicianName: string;
  day: string;
  timeZone: string;
  appointments: DigestAppointment[];
  link: string;
}): BuiltEmail {
  const count = input.appointments.length;
  const lines = input.appointments.map((s) => {
    const extra = [
      s.video ? "video" : null,
      s.newSubmissions ? `${s.newSubmissions} new to review` : null,
    ].filter(Boolean);
    return `${formatLocalTime(s.startsAt, input.timeZone)}: ${s.who}${extra.length ? ` (${extra.join(", ")})` : ""}`;
  });
  const day = formatDay(input.day);
  return build(
    `Tomorrow: ${count} ${count === 1 ? "appointment" : "appointments"} (${day})`,
    [`Hi ${firstName(input.clinicianName, "there")},`, `Your appointments for ${day}:`, ...lines],
    { href: input.link, label: "Prepare in Mend" },
  );
}
