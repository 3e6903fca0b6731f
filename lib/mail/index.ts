import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// All email leaves through nodemailer. In production that is SMTP (SMTP_URL); in development and
// tests, nodemailer renders the message and it is kept in the OutboxEmail table, readable at
// /dev/outbox. Emails never carry answer text or other clinical detail: who, what kind of event,
// and a link.

export type EmailMessage = { to: string; subject: string; text: string; html?: string };

let smtp: Transporter | undefined;
// jsonTransport builds the full message (headers, encoding) without sending it anywhere.
const renderOnly = nodemailer.createTransport({ jsonTransport: true });

export async function sendEmail(message: EmailMessage): Promise<void> {
  const { MAIL_TRANSPORT, SMTP_URL, MAIL_FROM } = env();
  const mail = { from: MAIL_FROM, ...message };
  if (MAIL_TRANSPORT === "smtp") {
    smtp ??= nodemailer.createTransport(SMTP_URL);
    await smtp.sendMail(mail);
    return;
  }
  await renderOnly.sendMail(mail);
  await db.outboxEmail.create({
    data: { to: message.to.toLowerCase(), subject: message.subject, text: message.text, html: message.html ?? null },
  });
}

/** Absolute link to a path of this app, for emails. */
export function appUrl(pathname: string): string {
  return new URL(pathname, env().NEXTAUTH_URL).toString();
}
