import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// All email leaves through nodemailer. In production that is SMTP (SMTP_URL); in development and
// tests, nodemailer renders the message and it is kept in the OutboxEmail table, readable at
// /dev/outbox. Emails never carry answer text or other clinical detail: who, what kind of event,
// and a link.
//
// Idempotency (notifications sent by background jobs, lib/notifications): a send with an
// `idempotencyKey` first claims that key in NotificationLog (its primary key). A key that is
// already claimed is not sent again, so a retried job, or a worker restarted mid-run, sends no
// email twice.
//   - outbox: the claim and the outbox row are written in ONE transaction: both or neither.
//   - SMTP: the claim is committed before the message is handed to the server; if the server
//     refuses it, the claim is released so a retry can send it. A process killed between the claim
//     and the hand-over loses that one email rather than sending it twice (at most once).

/** A text attachment, e.g. an appointment's `.ics` (contentType `text/calendar; method=REQUEST`). */
export type EmailAttachment = { filename: string; contentType: string; content: string };

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
};

export type SendOptions = {
  /** e.g. `reminder-due:<recipientId>:<dueAt ISO>`; the same key is never sent twice. */
  idempotencyKey?: string;
  /** Whom the email is for (NotificationLog.userId). */
  userId?: string;
};

export type SendResult = "sent" | "duplicate";

/** Anything with nodemailer's `sendMail`: SMTP in production, a recorder in tests. */
export type MailTransport = { sendMail(mail: nodemailer.SendMailOptions): Promise<unknown> };

type TestHooks = {
  /** Routes mail through the SMTP path with this transport instead (tests; nothing leaves the machine). */
  smtp?: MailTransport;
  /** Runs after the key is claimed and before the message is delivered: a test throws here to simulate a crash. */
  afterClaim?: (key: string) => Promise<void> | void;
};

let smtp: MailTransport | undefined;
let hooks: TestHooks = {};
// jsonTransport builds the full message (headers, encoding) without sending it anywhere.
const renderOnly = nodemailer.createTransport({ jsonTransport: true });

/** Tests only: inject an SMTP transport or a crash point. Call with `{}` to reset. */
export function setMailTestHooks(next: TestHooks): void {
  hooks = next;
}

function smtpTransport(): MailTransport {
  if (hooks.smtp) return hooks.smtp;
  smtp ??= nodemailer.createTransport(env().SMTP_URL);
  return smtp;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "P2002";
}

export async function sendEmail(message: EmailMessage, options: SendOptions = {}): Promise<SendResult> {
  const { MAIL_TRANSPORT, MAIL_FROM } = env();
  const mail = { from: MAIL_FROM, ...message };
  const key = options.idempotencyKey;
  const userId = options.userId ?? "";

  if (MAIL_TRANSPORT === "smtp" || hooks.smtp) {
    if (key) {
      const claimed = await db.notificationLog.createMany({ data: [{ key, userId }], skipDuplicates: true });
      if (claimed.count === 0) return "duplicate";
      try {
        await hooks.afterClaim?.(key);
        await smtpTransport().sendMail(mail);
      } catch (error) {
        // Not handed over: release the claim so the job's retry can send it.
        await db.notificationLog.delete({ where: { key } }).catch(() => undefined);
        throw error;
      }
      return "sent";
    }
    await smtpTransport().sendMail(mail);
    return "sent";
  }

  await renderOnly.sendMail(mail);
  const row = {
    to: message.to.toLowerCase(),
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    ...(message.attachments?.length ? { attachments: message.attachments } : {}),
  };
  if (!key) {
    await db.outboxEmail.create({ data: row });
    return "sent";
  }
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.notificationLog.createMany({ data: [{ key, userId }], skipDuplicates: true });
      if (claimed.count === 0) return "duplicate" as const;
      await hooks.afterClaim?.(key);
      await tx.outboxEmail.create({ data: row });
      return "sent" as const;
    });
  } catch (error) {
    // Two deliveries of the same key at once: the other one won.
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/** Whether a notification key was already sent (or claimed for sending). */
export async function alreadySent(keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.notificationLog.findMany({
    where: { key: { in: [...keys] } },
    select: { key: true },
  });
  return new Set(rows.map((r) => r.key));
}

/** Absolute link to a path of this app, for emails. */
export function appUrl(pathname: string): string {
  return new URL(pathname, env().NEXTAUTH_URL).toString();
}
