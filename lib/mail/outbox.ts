import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// The development and test outbox (MAIL_TRANSPORT=outbox): what /dev/outbox shows. It exists only
// while mail is not really sent; with SMTP configured there is nothing to read and the page is a 404.

export type OutboxMessage = { id: string; to: string; subject: string; text: string; createdAt: Date };

export function outboxEnabled(): boolean {
  return env().MAIL_TRANSPORT === "outbox";
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
