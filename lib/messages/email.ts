import { escapeHtml } from "@/lib/text/html";
import { firstName } from "@/lib/text/names";

// The words of the new-message email: who wrote, that there is a message, a link, and a link to
// the notification preferences. Never the message, never what it is about. Pure.

export function newMessageEmail(input: {
  recipientName: string;
  authorName: string;
  link: string;
  preferencesLink: string;
}) {
  const who = firstName(input.authorName, "Someone");
  const paragraphs = [
    `Hi ${firstName(input.recipientName, "there")},`,
    `${who} sent you a message in Mend. For your privacy it is not in this email: open Mend to read it.`,
    "You get one email per conversation until you have read it.",
  ];
  const footer = `To stop these emails, turn off email in your notification settings: ${input.preferencesLink}`;
  return {
    subject: `New message from ${who}`,
    text: [...paragraphs, `Read it in Mend: ${input.link}`, "", footer].join("\n\n"),
    html: [
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><a href="${escapeHtml(input.link)}">Read it in Mend</a></p>`,
      `<p style="color:#666;font-size:13px">To stop these emails, turn off email in your <a href="${escapeHtml(input.preferencesLink)}">notification settings</a>.</p>`,
    ].join("\n"),
  };
}
