import { escapeHtml } from "@/lib/text/html";
import { firstName } from "@/lib/text/names";

// The risk alert email: no client name, no measure, no answer, nothing clinical (email is not a
// safe place for it). Only that something needs attention, and where to look.

export type RiskAlertEmail = { subject: string; text: string; html: string };

export const RISK_ALERT_SUBJECT = "A client's check-in needs your attention";

export function riskAlertEmail(input: { clinicianName: string; link: string; preferencesLink: string }) {
  const paragraphs = [
    `Hi ${firstName(input.clinicianName, "there")},`,
    "A client's check-in in Mend needs your attention. Sign in to see it.",
  ];
  const footer =
    "Alerts like this one are sent at any hour, whatever your reminder settings, because they may be urgent. " +
    "Your other email settings are in Mend";
  const text = [...paragraphs, `Open Mend: ${input.link}`, "", `${footer}: ${input.preferencesLink}`].join(
    "\n\n",
  );
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(input.link)}">Open Mend</a></p>`,
    `<p style="color:#666;font-size:13px">${escapeHtml(footer)}: <a href="${escapeHtml(input.preferencesLink)}">notification settings</a>.</p>`,
  ].join("\n");
  return { subject: RISK_ALERT_SUBJECT, text, html } satisfies RiskAlertEmail;
}
