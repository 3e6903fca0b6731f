import { escapeHtml } from "@/lib/text/html";
import { firstName } from "@/lib/text/names";
import type { BuiltEmail } from "./emails";
import type { ClientNewsKind } from "./client-news-kinds";

// The words of the client's news emails: who it is from, what kind of event, a link, and a link to
// turn these emails off. Never an exercise title, an answer, a note or the feedback itself: an email
// can be read by anyone who sees the inbox, and clients choose what to tell whom.

export type ClientNewsEmailInput = {
  kind: ClientNewsKind;
  clientName: string;
  /** The clinicians' display names (usually one). */
  from: string[];
  /** How many assignments the notices are about. */
  count: number;
  /** Practice's word for an assignment, e.g. "reflection". */
  label: string;
  link: string;
  preferencesLink: string;
};

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "Your therapist";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function plural(label: string, count: number): string {
  return count === 1 ? `a new ${label}` : `${count} new ${label}s`;
}

export function clientNewsEmail(input: ClientNewsEmailInput): BuiltEmail {
  const who = joinNames(input.from);
  const hi = `Hi ${firstName(input.clientName, "there")},`;
  let subject: string;
  let body: string;
  switch (input.kind) {
    case "assigned":
      subject = `${who} gave you ${plural(input.label, input.count)} in Mend`;
      body = `${who} gave you ${plural(input.label, input.count)} in Mend. Open Mend to see it whenever suits you.`;
      break;
    case "feedback":
      subject = `${who} left you feedback in Mend`;
      body = `${who} left you feedback in Mend. You can read it there.`;
      break;
    case "revision":
      subject = `${who} asked you to take another look`;
      body = `${who} asked you to take another look at your ${input.label} in Mend. There is a short note for you there, and you can change your answers and send them again whenever you are ready.`;
      break;
  }
  const footer = "You get this email because you use Mend. Choose which emails Mend sends you:";
  const text = [hi, body, `Open Mend: ${input.link}`, "", `${footer} ${input.preferencesLink}`].join("\n\n");
  const html = [
    `<p>${escapeHtml(hi)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Open Mend</a></p>`,
    `<p style="color:#666;font-size:13px">${escapeHtml(footer)} <a href="${escapeHtml(input.preferencesLink)}">Email settings</a></p>`,
  ].join("\n");
  return { subject, text, html };
}
