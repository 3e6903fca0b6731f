import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/policy/actor";
import { threadTitle } from "./dto";
import { threadSelect } from "./queries";
import { threadScope } from "./scope";

// The client's conversations for their data export (lib/data-rights/export.ts): the threads they
// reach through the same scope as the app (their own, and their couple's joint one), never the
// partner's private thread. Every message in them, oldest first, with who wrote it.

export type ExportThread = {
  title: string;
  kind: string;
  messages: { at: string; from: string; text: string }[];
};

export async function exportMyThreads(actor: Actor): Promise<ExportThread[]> {
  const threads = await db.messageThread.findMany({
    where: threadScope(actor),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...threadSelect(actor.userId),
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true, body: true, author: { select: { name: true } } },
      },
    },
  });
  return threads.map((t) => ({
    title: threadTitle(actor, t),
    kind: t.kind,
    messages: t.messages.map((m) => ({ at: m.createdAt.toISOString(), from: m.author.name, text: m.body })),
  }));
}
