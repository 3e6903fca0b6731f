import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { connectionAddress, isLoopback, type HeaderSource } from "@/lib/http/request-meta";

// The development and test outbox (MAIL_TRANSPORT=outbox): what /dev/outbox shows. It exists only
// while mail is not really sent; with SMTP configured there is nothing to read and the page is a 404.
// The page hands out reset and invitation links to whoever opens it, so it is served only by a
// development server and only over a loopback connection, whatever the flags: a production build
// (test suites included, which read emails from the database) answers 404.

export type OutboxMessage = { id: string; to: string; subject: string; text: string; createdAt: Date };

export function outboxEnabled(): boolean {
  return env().MAIL_TRANSPORT === "outbox";
}

/**
 * Whether /dev/outbox may be shown for this request. NODE_ENV is read from process.env on purpose: a
 * production build has it compiled in, so no runtime setting can turn the page on.
 */
export function outboxPageAllowed(
  headers: HeaderSource,
  nodeEnv: string | undefined = process.env.NODE_ENV,
): boolean {
  if (nodeEnv !== "development" || !outboxEnabled()) return false;
  const address = connectionAddress(headers);
  return address !== null && isLoopback(address);
}

/** Newest first; `to` filters by recipient (case-insensitive, exact address). */
export async function listOutbox(filter: { to?: string; limit?: number } = {}): Promise<OutboxMessage[]> {
  if (!outboxEnabled()) return [];
  const to = filter.to?.trim().toLowerCase();
  return db.outboxEmail.findMany({
    where: to ? { to } : {},
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(filter.limit ?? 50, 1), 200),
  });
}
