import "server-only";
import type { Prisma } from "@/lib/db";

// The retention purge's share of messages (called inside lib/data-rights/purge.ts's transaction):
// the client's own thread goes entirely (their words and the clinician's answers to them), and in a
// couple's joint thread their own messages go while the partner's and the clinician's stay (those
// are part of the partner's record). Returns how many messages were deleted.

export async function purgeMessages(tx: Prisma.TransactionClient, clientId: string): Promise<number> {
  const own = await tx.messageThread.findMany({ where: { clientId }, select: { id: true } });
  const ownIds = own.map((t) => t.id);
  const messages = await tx.message.deleteMany({
    where: { OR: [{ threadId: { in: ownIds } }, { authorId: clientId }] },
  });
  await tx.threadState.deleteMany({ where: { OR: [{ threadId: { in: ownIds } }, { userId: clientId }] } });
  await tx.messageThread.deleteMany({ where: { id: { in: ownIds } } });
  return messages.count;
}
